using Dangjian.Core.Commitments;
using Dangjian.Core.Demo;
using Dangjian.Core.Figures;
using Dangjian.Core.Reports;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// The demo township's report of the current year: every theme with figures, the loop's figures counted straight from the
/// demo's records, the county's wording, and the problems its weak branches cause. (The demo's collective incomes and
/// demonstration titles are of earlier years, so this year's report has none.)
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
}
