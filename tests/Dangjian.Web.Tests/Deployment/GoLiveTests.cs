using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Members;
using Dangjian.Web.Tests.Organizations;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Deployment;

/// <summary>
/// Going live as a real county would, on an empty database: <c>init</c>, the 三员 sign in (TOTP), accounts, the
/// organization tree of one township with 8 branches, its roster, and last year's ledgers — then that township's
/// duty report for last year states the imported figures and reports no missing meetings that were imported.
/// Every file is generated here.
/// </summary>
public sealed partial class GoLiveTests(EmptyAppFactory app) : IClassFixture<EmptyAppFactory>
{
    private const int Branches = 8;
    private const int MembersPerBranch = 12;
    private const int CommitteeMembers = 5;
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛"];

    private int Year => app.Clock.Today().Year - 1;

    [Fact]
    public async Task A_county_goes_live_and_last_years_ledgers_compose_its_report()
    {
        // 1. init, and the three administrators' first sign-in (password change + authenticator).
        var (code, output, error) = await FirstStart.InitAsync(app, "--county", "云岭县委");
        code.ShouldBe(0, error);
        var passwords = FirstStart.Passwords(output);
        var sysadmin = await FirstStart.FirstLoginAsync(app, "sysadmin", passwords["sysadmin"], "Yunling#Sys2026", "/Admin/Accounts");
        var secadmin = await FirstStart.FirstLoginAsync(app, "secadmin", passwords["secadmin"], "Yunling#Sec2026", "/Admin/Roles");
        await FirstStart.FirstLoginAsync(app, "auditor", passwords["auditor"], "Yunling#Aud2026", "/Audit");

        // 2. The county organization department's account, then the township's tree.
        int countyId;
        await using (var db = app.NewDbContext())
        {
            countyId = (await db.Organizations.IgnoreQueryFilters().SingleAsync()).Id;
        }

        var county = await AccountAsync(sysadmin, secadmin, "zuzhibu", "县委组织部张科长", countyId, "CountyOrgDept", "Yunling#Org2026");
        await ImportTreeAsync(county);
        Organization township;
        List<Organization> branches;
        await using (var db = app.NewDbContext())
        {
            township = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Code == "YL");
            branches = await db.Organizations.IgnoreQueryFilters().Where(o => o.ParentId == township.Id).OrderBy(o => o.Code).ToListAsync();
        }

        branches.Count.ShouldBe(Branches);
        var clerk = await BulkAccountsAsync(sysadmin, secadmin);

        // 3. The roster of every branch.
        foreach (var (branch, b) in branches.Select((x, i) => (x, i)))
        {
            await ImportRosterAsync(clerk, branch, b);
        }

        await using (var db = app.NewDbContext())
        {
            (await db.Members.CountAsync(m => m.Organization!.ParentId == township.Id)).ShouldBe(Branches * MembersPerBranch);
        }

        // Before the ledgers: the report finds every required meeting missing.
        var before = await ComposeAsync(clerk, township.Id);
        before.ShouldContain("组织生活制度落实还不到位");

        // 4. Last year's 三会一课 ledger: 39 meetings per branch, every one the rules require.
        var meetings = MeetingRows(branches);
        meetings.Count.ShouldBeGreaterThanOrEqualTo(300);
        var done = await LedgerPages.ImportAsync(clerk, "meetings", await LedgerPages.XlsxAsync(MeetingHeaders, meetings));
        done.QuerySelector("#imported")!.TextContent.ShouldContain($"新登记 {meetings.Count} 条");

        // Every other ledger of the year, each with the figures the report will state.
        var y = Year;
        await ImportAsync(clerk, "work-records", ["党组织", "工作类别", "日期", "名称", "数量", "参加人次"],
        [
            ["YL", "宣讲", $"{y}-03-08", "二十大精神宣讲（一）", "1", "60"],
            ["YL", "宣讲", $"{y}-06-18", "二十大精神宣讲（二）", "1", "45"],
            ["YL-01", "宣讲", $"{y}-09-09", "村级宣讲", "1", "30"],
            ["YL", "党建调研", $"{y}-04-02", "村级组织运转调研", "1", null],
        ]);
        await ImportAsync(clerk, "inspections", ["督查单位", "督查类型", "督查日期", "督查内容", "督查人员", "被督查党组织", "发现问题"],
        [
            ["YL", "专项督查", $"{y}-03-10", "三会一课落实情况专项督查", "刘伟、陈芳", "YL-01", "会议记录不完整"],
            ["YL", "专项督查", $"{y}-03-10", "三会一课落实情况专项督查", "刘伟、陈芳", "YL-02", "党费收缴登记不全"],
            ["YL", "专项督查", $"{y}-03-10", "三会一课落实情况专项督查", "刘伟、陈芳", "YL-03", null],
            ["YL", "专项督查", $"{y}-09-15", "阵地建设督查", "刘伟", "YL-04", "活动室标识缺失"],
        ]);
        await ImportAsync(clerk, "rectification", ["责任单位", "提出单位", "问题来源", "交办日期", "存在问题", "整改措施", "整改时限", "整改状态", "报送日期", "整改佐证材料", "销号日期"],
        [
            ["YL-01", "YL", "督查发现", $"{y}-03-12", "会议记录不完整", "补齐会议记录", $"{y}-04-30", "已销号", $"{y}-04-20", "已补齐会议记录", $"{y}-04-25"],
            ["YL-02", "YL", "督查发现", $"{y}-03-12", "党费收缴登记不全", "补登党费台账", $"{y}-04-30", "已销号", $"{y}-04-28", "已补登党费台账", $"{y}-05-06"],
            ["YL-04", "YL", "督查发现", $"{y}-09-20", "活动室标识缺失", "更新标识", $"{y}-10-31", "整改中", null, null, null],
        ]);
        await ImportAsync(clerk, "talks", ["约谈单位", "约谈日期", "约谈人", "约谈对象", "对象类别", "约谈事由"],
            [["YL", $"{y}-10-08", "镇书记", "书记4、书记5", "党组织书记", "阵地建设滞后"]]);
        await ImportAsync(clerk, "accountability", ["问责单位", "决定日期", "被问责人", "问责方式", "问责事由"],
            [["YL", $"{y}-11-20", "书记5", "诫勉谈话", "履行党建责任不力"]]);
        await ImportAsync(clerk, "honor-roll", ["党组织", "榜单", "年度", "期间", "上榜理由"],
            [["YL-01", "红榜", $"{y}", $"{y}年第一季度", "三会一课规范，台账齐全"]]);
        await ImportAsync(clerk, "commitments", ["党组织", "承诺书记", "承诺内容", "完成时限", "进展情况", "兑现日期"],
        [
            .. Enumerable.Range(1, Branches).Select(i => new string?[]
            {
                $"YL-{i:00}", $"书记{i}", $"硬化第{i}村道路1公里", $"{y}-12-31", i <= 6 ? "已完成" : "完成一半", i <= 6 ? $"{y}-11-{i:00}" : null,
            }),
        ]);
        await ImportAsync(clerk, "service", ["党组织", "类别", "日期", "事项", "志愿服务队", "人数"],
        [
            ["YL-01", "为民办实事", $"{y}-05-20", "修缮留守老人房屋", null, "3"],
            ["YL-02", "为民办实事", $"{y}-06-01", "修复灌溉水渠", null, "40"],
            ["YL-03", "志愿服务", $"{y}-08-01", "义诊", "青年志愿服务队", "25"],
        ]);
        decimal[] incomes = [20, 12, 12, 6, 6, 6, 3, 3];
        await ImportAsync(clerk, "collective-income", ["村党组织", "年度", "集体经济收入（万元）"],
            [.. incomes.Select((amount, i) => new string?[] { $"YL-{i + 1:00}", $"{y}", amount.ToString(CultureInfo.InvariantCulture) })]);

        // 5. The report for last year: 一、 states the imported figures, 二、 reports no missing meetings.
        var html = await DraftAsync(clerk, township.Id);
        var report = html.QuerySelector("#report")!.TextContent;
        report.ShouldNotContain("组织生活制度落实还不到位");
        Figure(html, "meetings.theme-days").ShouldBe($"{Branches * 12}次");
        Figure(html, "meetings.theme-day-branches").ShouldBe($"{Branches}个");
        var (present, due) = Participation(meetings);
        var rate = decimal.Parse(Figure(html, "meetings.participation").TrimEnd('%'), CultureInfo.InvariantCulture);
        Math.Abs(rate - (100m * present / due)).ShouldBeLessThan(0.06m);
        Number(html, "work.publicity").ShouldBe(3);
        Number(html, "work.research").ShouldBe(1);
        Number(html, "inspections.count").ShouldBe(2);
        Number(html, "inspections.findings").ShouldBe(3);
        Number(html, "rectification.raised").ShouldBe(3);
        Number(html, "rectification.raised-signed-off").ShouldBe(2);
        Number(html, "talks.count").ShouldBe(1);
        Number(html, "accountability.cases").ShouldBe(1);
        Number(html, "commitments.count").ShouldBe(Branches);
        Figure(html, "commitments.rate").ShouldBe("75%");
        Number(html, "service.deeds").ShouldBe(2);
        Number(html, "service.volunteer").ShouldBe(1);
        Number(html, "income.bucket-15").ShouldBe(incomes.Count(a => a >= 15));

        await using var check = app.NewDbContext();
        (await check.ImportBatches.CountAsync(b => b.UndoneAtUtc == null)).ShouldBe(10, "one batch per ledger kind");
        (await check.HonorRollEntries.CountAsync(e => e.Year == Year)).ShouldBe(1);
    }

    private static async Task ImportAsync(Browser browser, string kind, string[] headers, List<string?[]> rows)
    {
        var done = await LedgerPages.ImportAsync(browser, kind, await LedgerPages.XlsxAsync(headers, rows));
        done.QuerySelector("#imported")!.TextContent.ShouldContain("新登记", customMessage: kind);
    }

    private static int Number(IHtmlDocument html, string indicator) =>
        int.Parse(new string(Figure(html, indicator).TakeWhile(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);

    private static readonly string[] MeetingHeaders = ["党组织", "会议类型", "召开日期", "会议主题", "主持人", "授课人", "应到人员", "缺席人员", "含民主评议党员"];

    private List<string?[]> MeetingRows(List<Organization> branches)
    {
        var rows = new List<string?[]>();
        foreach (var (branch, b) in branches.Select((x, i) => (x, i)))
        {
            var names = Enumerable.Range(0, MembersPerBranch).Select(i => Name(b, i)).ToList();
            var committee = string.Join("、", names.Take(CommitteeMembers));
            var n = 0;
            void Add(string kind, int month, int day, string topic, string? due = null, bool appraisal = false, bool absentee = true) =>
                rows.Add([branch.Code, kind, $"{Year}-{month:00}-{day:00}", $"{month}月{topic}", names[0], kind == "党课" ? names[1] : null, due,
                    absentee ? $"{names[CommitteeMembers + (n++ % (MembersPerBranch - CommitteeMembers))]}（外出务工）" : null, appraisal ? "是" : null]);

            for (var month = 1; month <= 12; month++)
            {
                Add("支部委员会会议", month, 5, "支委会", committee, absentee: false);
                Add("主题党日", month, 10, "主题党日");
                if (month % 3 == 2)
                {
                    Add("支部党员大会", month, 15, "党员大会");
                }

                if (month % 3 == 0)
                {
                    Add("党课", month, 20, "党课");
                }

                if (month % 2 == 1)
                {
                    Add("党小组会", month, 25, "党小组会");
                }
            }

            Add("组织生活会", 12, 28, "组织生活会和民主评议党员", appraisal: true);
        }

        return rows;
    }

    /// <summary>Present and due attendances the ledger describes, counted from the rows (one absentee per row that names one).</summary>
    private static (int Present, int Due) Participation(List<string?[]> rows)
    {
        var due = rows.Sum(r => r[6] is { } list ? list.Split('、').Length : MembersPerBranch);
        var absent = rows.Count(r => r[7] is not null);
        return (due - absent, due);
    }

    private static string Name(int branch, int member) => Surnames[branch] + GivenNames[member];

    private async Task<string> ComposeAsync(Browser clerk, int township) =>
        (await DraftAsync(clerk, township)).QuerySelector("#report")!.TextContent;

    private async Task<IHtmlDocument> DraftAsync(Browser clerk, int township)
    {
        var response = await clerk.PostFormAsync($"/Reports/Compose?org={township}", new()
        {
            ["Year"] = Year.ToString(CultureInfo.InvariantCulture), ["Plans"] = "深化党建品牌建设",
        }, $"/Reports/Compose?org={township}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Browser.ParseAsync(response)).QuerySelector(".error")?.TextContent);
        var (status, html) = await clerk.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        status.ShouldBe(HttpStatusCode.OK);
        return html;
    }

    private static string Figure(IHtmlDocument html, string indicator) =>
        html.QuerySelector($"a.fig[data-indicator='{indicator}']")?.TextContent ?? throw new InvalidOperationException($"no figure {indicator} in the report");
}
