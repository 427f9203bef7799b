using Dangjian.Core.Demo;
using Dangjian.Core.Reports;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>The demo township's report of the current year: every theme with figures, the county's wording, the compliance problems.</summary>
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
}
