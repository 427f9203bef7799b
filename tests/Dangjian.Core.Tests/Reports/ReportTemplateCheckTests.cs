using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>A county's template is checked before it is saved: indicators, figure tokens, and a trial computation.</summary>
public sealed class ReportTemplateCheckTests
{
    private static readonly string[] Sources = [.. IndicatorService.BuiltinSources.Select(s => s.Name)];
    private static readonly HashSet<string> Categories = ["seminar", "training"];

    private static IndicatorDefinition County(string id = "county.sizhua", string name = "专题研讨", string unit = "期", string source = "work", string? filter = "seminar",
        IndicatorKind kind = IndicatorKind.Sum) => new() { Id = id, Name = name, Unit = unit, Source = source, Filter = filter, Kind = kind };

    private static ReportTemplate WithClause(string clause, params IndicatorDefinition[] indicators)
    {
        var themes = ReportTemplate.Default.Highlights!.ToList();
        themes[0] = themes[0] with { Sentences = [.. themes[0].Sentences, new SentenceTemplate { Clauses = [clause] }] };
        return new ReportTemplate { Highlights = themes, Indicators = indicators.Length == 0 ? null : [.. indicators] };
    }

    [Fact]
    public void The_default_template_with_nothing_of_the_county_is_valid()
    {
        ReportTemplateCheck.Errors(new ReportTemplate(), Sources, Categories).ShouldBeEmpty();
    }

    [Fact]
    public void A_county_indicator_used_in_a_clause_and_a_replaced_builtin_are_valid()
    {
        var parts = WithClause("开展专题研讨{{fig:county.sizhua}}", County(), IndicatorCatalog.Builtin.Find("work.seminar")! with { Unit = "期" });
        ReportTemplateCheck.Errors(parts, Sources, Categories).ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_tokens_tokens_outside_clauses_and_broken_tokens_are_named()
    {
        var parts = WithClause("开展专项行动{{fig:no.such}}") with { Opening = "全年召开{{fig:meetings.committee}}。", Title = "{{fig:报告" };
        var errors = ReportTemplateCheck.Errors(parts, Sources, Categories);
        errors.ShouldContain(e => e.Contains("“{{fig:no.such}}”中的指标编号“no.such”不存在"));
        errors.ShouldContain(e => e.StartsWith("开头：数字标记只能写在分句中"));
        errors.ShouldContain(e => e.StartsWith("标题：有不完整的数字标记"));
    }

    [Fact]
    public void A_county_indicator_needs_an_id_a_name_a_unit_a_known_source_and_an_existing_work_category()
    {
        var errors = ReportTemplateCheck.Errors(new ReportTemplate
        {
            Indicators = [County(id: "有 空格", name: " ", unit: ""), County(id: "county.x", source: "nosuch"), County(id: "county.y", filter: "no-category")],
        }, Sources, Categories);
        errors.ShouldContain(e => e.StartsWith("指标编号“有 空格”无效"));
        errors.ShouldContain("指标“有 空格”：名称不能为空。");
        errors.ShouldContain("指标“有 空格”：单位不能为空。");
        errors.ShouldContain("指标“专题研讨”：未知的数据来源“nosuch”。");
        errors.ShouldContain("指标“专题研讨”：没有编码为“no-category”的工作记录类别。");
    }

    [Fact]
    public async Task The_trial_reports_a_kind_the_source_cannot_aggregate_and_an_unknown_meeting_kind()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        var parts = new ReportTemplate
        {
            Indicators = [County(kind: IndicatorKind.Average), County(id: "county.m", name: "会议", unit: "次", source: "meetings", filter: "NoSuchMeeting", kind: IndicatorKind.Count)],
        };
        var errors = await ReportTemplateCheck.TrialAsync(world.Db, parts, world.Township, 2025, new DateOnly(2026, 1, 10));
        errors.ShouldContain(e => e.StartsWith("指标“专题研讨”无法计算：") && e.Contains("不支持"));
        errors.ShouldContain("指标“会议”无法计算：筛选条件“NoSuchMeeting”不是数据来源“meetings”能识别的取值。");
        (await ReportTemplateCheck.TrialAsync(world.Db, new ReportTemplate { Indicators = [County()] }, world.Township, 2025, new DateOnly(2026, 1, 10))).ShouldBeEmpty();
    }
}
