using Dangjian.Core.Categories;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Demo;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// The demo township's report of the current year: every theme with figures, the loop's figures counted straight from the
/// demo's records, the county's wording, and the problems its weak branches cause. (The demo's collective incomes and
/// demonstration titles are of earlier years, so this year's report has none.) The long tail: the township's campaign and
/// slogan, its highlights under their themes, and the county's yearly statistics with the change on last year.
/// </summary>
public sealed class DemoReportTests : DemoTownshipDatabase
{
    [Fact]
    public async Task The_demo_township_gets_a_full_report_for_the_current_year()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var report = await new ReportComposer(db, Today).ComposeAsync(new ReportInput(township, Today.Year, "抓好村级后备干部队伍建设"));
        report.Title.ShouldBe($"青石镇党委书记{Today.Year}年度抓基层党建工作述职报告");
        var highlights = report.Render(ReportSection.Highlights);
        highlights.ShouldContain("党委会议");
        highlights.ShouldContain("党建调研");
        highlights.ShouldContain("为党员干部上党课");
        highlights.ShouldContain("主题党日");
        report.Render(ReportSection.Problems).ShouldContain("组织生活制度落实还不到位", customMessage: "the demo's two weak branches miss meetings");
        report.Render(ReportSection.NextSteps).ShouldContain("“四抓两整治”");
        report.Render(ReportSection.NextSteps).ShouldContain("抓好村级后备干部队伍建设。");
    }

    [Fact]
    public async Task The_demo_report_prints_the_responsibility_loop_from_its_records()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var report = await new ReportComposer(db, Today).ComposeAsync(new ReportInput(township, Today.Year));
        var highlights = report.Render(ReportSection.Highlights);
        var (from, to) = (new DateOnly(Today.Year, 1, 1), new DateOnly(Today.Year, 12, 31));

        var inspections = await db.Inspections.CountAsync(i => i.OrganizationId == township.Id && i.StartedOn >= from && i.StartedOn <= to);
        var bulletins = await db.Bulletins.CountAsync(b => b.OrganizationId == township.Id && b.Year == Today.Year && b.Number != null);
        var talks = await db.Talks.Where(t => t.OrganizationId == township.Id && t.HeldOn >= from && t.HeldOn <= to).Select(t => t.People).ToListAsync();
        var commitments = db.Commitments.Where(c => c.Year == Today.Year);
        var rate = FulfilmentRate.Of(commitments, Today);
        var deeds = await db.ServiceRecords.CountAsync(s => s.Kind == ServiceKind.Deed && s.HeldOn >= from && s.HeldOn <= to);
        var volunteer = await db.ServiceRecords.CountAsync(s => s.Kind == ServiceKind.Volunteer && s.HeldOn >= from && s.HeldOn <= to);
        inspections.ShouldBeGreaterThan(0);
        talks.ShouldNotBeEmpty();

        highlights.ShouldContain($"开展党建督查{inspections}次");
        highlights.ShouldContain($"下发督查通报{bulletins}期");
        highlights.ShouldContain($"开展约谈{talks.Count}次{talks.Sum()}人次");
        highlights.ShouldContain($"确定承诺事项{await commitments.CountAsync()}项，履诺率{Figure.Share(rate.Fulfilled, rate.Due)!.Text}");
        highlights.ShouldContain($"为民办实事{deeds}件，开展志愿服务活动{volunteer}次");
        highlights.ShouldContain("问责1人次");
        highlights.ShouldContain("排查确定软弱涣散党组织1个");

        var problems = report.Render(ReportSection.Problems);
        problems.ShouldContain("整改事项超过整改期限仍未报送整改材料", customMessage: "the weak branches leave items open past the deadline");
        problems.ShouldContain("尚有1个软弱涣散党组织未完成整顿转化");
    }

    private static string Paragraph(string section, string theme) =>
        section.Split('\n').Single(p => p.Contains(theme, StringComparison.Ordinal));

    [Fact]
    public async Task The_demo_report_prints_the_campaign_the_highlights_under_their_themes_and_the_statistics_against_last_year()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var report = await new ReportComposer(db, Today).ComposeAsync(new ReportInput(township, Today.Year));
        var highlights = report.Render(ReportSection.Highlights);
        var duty = Paragraph(highlights, "聚焦主责主业");
        var education = Paragraph(highlights, "聚焦理论武装");
        var pioneer = Paragraph(highlights, "聚焦先锋引领");

        duty.ShouldContain("以“四抓两整治”为抓手，深入开展“基层党建质量提升年”活动，统筹推进全镇党建各项工作。");

        // income: 20150 against 18600 = +1550 = +8.33%; households: 150 + 110 + 96 = 356 against 120 + 95 + 80 = 295, +61 = +20.68%
        pioneer.ShouldContain("全镇农村居民人均可支配收入达到20150元，较上年增长8.3%，合作社入社农户356户，较上年增长20.7%。");

        var villages = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.Id).Select(o => o.Name).ToListAsync();
        string Place(string branch) => branch.Replace("党支部", "", StringComparison.Ordinal).Replace("党总支", "", StringComparison.Ordinal);
        duty.ShouldContain($"在{Place(villages[2])}蹲点调研软弱涣散村党组织整顿工作，帮助村“两委”理清发展思路，推动成立村级劳务合作社1个，带动40余名群众就近务工。");
        education.ShouldContain($"在{Place(villages[0])}举办村党组织书记和后备干部现场观摩培训班，组织学员实地学习党群服务中心建设和“三会一课”台账管理，12个村全部建立规范台账。");
        education.ShouldEndWith("进一步解放了思想、凝聚了共识。", customMessage: "a highlight comes before the theme's close");

        var tutoring = await db.ServiceRecords.Where(s => s.Tag!.Code == "care-students").OrderBy(s => s.HeldOn).ThenBy(s => s.Id).Select(s => s.Organization!.Name).FirstAsync();
        var elderly = await db.ServiceRecords.Where(s => s.Tag!.Code == "care-elderly").OrderBy(s => s.HeldOn).ThenBy(s => s.Id).Select(s => s.Organization!.Name).FirstAsync();
        pioneer.ShouldContain($"在{Place(tutoring)}组织党员志愿者为留守儿童开展课后辅导，结对帮扶留守儿童15名，期末成绩普遍提升。");
        pioneer.ShouldContain($"在{Place(elderly)}组织党员走访慰问高龄独居老人，为32户老人检修电路、清扫庭院，解决生活难题9件。");
        (await db.Highlights.CountAsync()).ShouldBe(4);
    }

    [Fact]
    public async Task The_demo_county_has_its_own_tags_on_some_records_and_last_years_report_has_no_comparison()
    {
        await using var db = Open();
        var tags = await db.RecordTags.Include(t => t.Parent).OrderBy(t => t.SortOrder).Select(t => new { t.Family, t.Code, t.Name, t.Unit, Parent = t.Parent!.Code }).ToListAsync();
        tags.Select(t => $"{t.Family}:{t.Parent}/{t.Code} {t.Name}（{t.Unit}）").ShouldBe(
            ["Service:/care 关爱帮扶（件）", "Service:care/care-students 扶助学生（件）", "Service:care/care-elderly 慰问老人（次）", "Inspection:/work-style 作风督查（次）"]);
        (await db.ServiceRecords.CountAsync(s => s.Tag!.Code == "care-students")).ShouldBe(2);
        (await db.ServiceRecords.CountAsync(s => s.Tag!.Code == "care-elderly")).ShouldBe(2);
        (await db.Inspections.CountAsync(i => i.Tag!.Code == "work-style")).ShouldBe(1);

        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var last = (await new ReportComposer(db, Today).ComposeAsync(new ReportInput(township, Today.Year - 1))).Render(ReportSection.Highlights);
        last.ShouldContain("全镇农村居民人均可支配收入达到18600元，合作社入社农户295户。", customMessage: "no values the year before last: nothing to compare");
        last.ShouldNotContain("四抓两整治", customMessage: "the campaign is this year's");
    }
}
