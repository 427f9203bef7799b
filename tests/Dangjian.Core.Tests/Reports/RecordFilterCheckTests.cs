using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>A county indicator's tag and organization filters are checked before the template is saved.</summary>
public sealed class RecordFilterCheckTests
{
    private static readonly string[] Sources = [.. IndicatorService.BuiltinSources.Select(s => s.Name)];
    private static readonly HashSet<string> Categories = ["seminar"];
    private static readonly HashSet<string> Tags = ["Service:help-students", "Meeting:party-topic"];

    private static IReadOnlyList<string> Errors(params IndicatorDefinition[] indicators) =>
        ReportTemplateCheck.Errors(new ReportTemplate { Indicators = [.. indicators] }, Sources, Categories, Tags);

    private static IndicatorDefinition Service(string id = "county.s", string? tag = "help-students", string? sectors = null, string? levels = null) =>
        new() { Id = id, Name = "扶助学生", Unit = "件", Source = "service", Kind = IndicatorKind.Count, Tag = tag, OrgSectors = sectors, OrgLevels = levels };

    [Fact]
    public void A_tag_of_the_sources_family_and_known_levels_and_kinds_are_valid()
    {
        Errors(Service(sectors: "Village,Community", levels: "Branch"),
            new IndicatorDefinition { Id = "county.m", Name = "党建工作专题会议", Unit = "次", Source = "meetings", Kind = IndicatorKind.Count, Tag = "party-topic" },
            new IndicatorDefinition { Id = "county.w", Name = "村级研讨", Unit = "场次", Source = "work", Kind = IndicatorKind.Count, Filter = "seminar", OrgSectors = "Village" })
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_tag_of_another_family_an_unknown_kind_or_level_and_a_filter_on_an_untagged_source_are_named()
    {
        var errors = Errors(
            Service(id: "county.a", tag: "party-topic"),
            Service(id: "county.b", tag: null, sectors: "Village,Moon", levels: "Township"),
            new IndicatorDefinition { Id = "county.c", Name = "村党员", Unit = "名", Source = "members", Kind = IndicatorKind.Count, OrgSectors = "Village" });
        errors.ShouldContain("指标“扶助学生”：本县没有编码为“party-topic”的为民办实事与志愿服务类别。");
        errors.ShouldContain("指标“扶助学生”：未知的党组织类型“Moon”。");
        errors.ShouldContain("指标“扶助学生”：未知的党组织层级“Township”。");
        errors.ShouldContain(e => e.StartsWith("指标“村党员”：数据来源“members”不能按本县类别、党组织层级或类型筛选"));
        errors.Count.ShouldBe(4);
    }

    [Fact]
    public void A_work_indicator_on_a_tag_alone_needs_no_category_but_one_without_either_is_refused()
    {
        var tagged = new IndicatorDefinition { Id = "county.t", Name = "四抓两整治", Unit = "次", Source = "work", Kind = IndicatorKind.Count, Tag = "sizhua" };
        ReportTemplateCheck.Errors(new ReportTemplate { Indicators = [tagged] }, Sources, Categories, new HashSet<string> { "Work:sizhua" }).ShouldBeEmpty();
        ReportTemplateCheck.Errors(new ReportTemplate { Indicators = [tagged with { Tag = null }] }, Sources, Categories, new HashSet<string> { "Work:sizhua" })
            .ShouldContain("指标“四抓两整治”：没有编码为“”的工作记录类别。");
    }
}
