using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// 标为亮点 on a record, the township's campaign names, and 二、 suggestions in the browser: what is entered shows in the next
/// draft where it belongs; wrong input is refused beside its field and nothing is saved; another township's record is 404.
/// </summary>
public sealed class HighlightPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private int Year => app.Clock.Today().Year;

    private async Task<(int Township, int Meeting)> DemoAsync()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var meeting = await db.Meetings.Where(m => m.Organization!.ParentId == township.Id && m.HeldOn.Year == Year).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        return (township.Id, meeting);
    }

    private async Task<string> ComposeAndReadAsync(Browser browser, int township, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var (_, form) = await browser.GetAsync($"/Reports/Compose?org={township}&year={Year}");
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Year", Year.ToString(CultureInfo.InvariantCulture)),
        };
        pairs.AddRange(fields ?? []);
        var response = await browser.Client.PostAsync($"/Reports/Compose?org={township}", new FormUrlEncodedContent(pairs));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        return draft.QuerySelector("#report")!.TextContent;
    }

    private static string Paragraph(string report, string theme) =>
        report.Split('\n').Select(l => l.Trim()).Single(l => l.Contains(theme, StringComparison.Ordinal));

    [Fact]
    public async Task A_meeting_marked_as_a_highlight_is_written_under_its_theme_and_an_edit_changes_the_next_draft()
    {
        var (township, meeting) = await DemoAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Reports/Highlights/Edit/{meeting}?kind=Meeting";
        var (status, form) = await clerk.GetAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        form.QuerySelector("#Form_Event")!.GetAttribute("value").ShouldNotBeNullOrEmpty("the meeting's topic is offered as the event");

        var saved = await clerk.PostFormAsync(url, new()
        {
            ["Form.ThemeKey"] = "education", ["Form.Place"] = "石门村", ["Form.Event"] = "组织党员赴袁家村开展研学活动",
            ["Form.Narrative"] = "学习乡村振兴经验，形成发展思路3条", ["Form.Version"] = "0",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, list) = await clerk.GetAsync($"/Reports/Highlights?year={Year}");
        list.QuerySelector("#highlights")!.TextContent.ShouldContain("在石门村组织党员赴袁家村开展研学活动，学习乡村振兴经验，形成发展思路3条。");

        var report = await ComposeAndReadAsync(clerk, township);
        Paragraph(report, "聚焦理论武装").ShouldContain("在石门村组织党员赴袁家村开展研学活动，学习乡村振兴经验，形成发展思路3条。");

        var (_, again) = await clerk.GetAsync(url);
        var version = again.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        (await clerk.PostFormAsync(url, new()
        {
            ["Form.ThemeKey"] = "education", ["Form.Place"] = "石门村", ["Form.Event"] = "组织党员赴袁家村开展研学活动",
            ["Form.Narrative"] = "学习乡村振兴经验，引进特色种植项目2个", ["Form.Version"] = version,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var next = await ComposeAndReadAsync(clerk, township);
        Paragraph(next, "聚焦理论武装").ShouldContain("学习乡村振兴经验，引进特色种植项目2个。");
        next.ShouldNotContain("形成发展思路3条");
    }

    [Fact]
    public async Task A_wrong_highlight_is_refused_beside_its_fields_and_nothing_is_saved()
    {
        var (_, meeting) = await DemoAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        await using var db = app.NewDbContext();
        var before = await db.Highlights.CountAsync(h => h.Source == HighlightSource.Meeting && h.RecordId == meeting);

        var response = await clerk.PostFormAsync($"/Reports/Highlights/Edit/{meeting}?kind=Meeting", new()
        {
            ["Form.ThemeKey"] = "", ["Form.Event"] = " ", ["Form.Narrative"] = new string('好', 301), ["Form.Version"] = "0",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        Beside.Message(html, "Form.ThemeKey").ShouldBe("请选择这条亮点写入“一、”的哪一段。");
        Beside.Message(html, "Form.Event").ShouldBe("请填写做了什么。");
        Beside.Message(html, "Form.Narrative").ShouldBe("成效不能超过300个字。");
        Beside.Message(html, "Form.Place").ShouldBeEmpty();
        (await db.Highlights.CountAsync(h => h.Source == HighlightSource.Meeting && h.RecordId == meeting)).ShouldBe(before);
    }

    [Fact]
    public async Task Another_townships_work_record_cannot_be_marked()
    {
        await using var db = app.NewDbContext();
        var (township, _) = await DemoAsync();
        var inside = "/" + township.ToString(CultureInfo.InvariantCulture) + "/";
        var other = await db.WorkRecords.Where(w => !w.Organization!.Path.Contains(inside)).Select(w => w.Id).FirstOrDefaultAsync();
        if (other == 0)
        {
            var foreign = await db.Organizations.FirstAsync(o => o.Level == Core.Organizations.OrgLevel.TownshipCommittee && o.Name != DemoCounty.DetailedTownshipName);
            var category = await db.WorkCategories.FirstAsync(c => c.OrganizationId == null);
            var record = new Core.WorkRecords.WorkRecord { OrganizationId = foreign.Id, CategoryId = category.Id, HeldOn = new DateOnly(Year, 1, 5), Title = "外镇的记录", EnteredAtUtc = app.Clock.GetUtcNow().UtcDateTime };
            db.WorkRecords.Add(record);
            await db.SaveChangesAsync();
            other = record.Id;
        }

        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Reports/Highlights/Edit/{other}?kind=WorkRecord";
        (await clerk.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
        var token = (await clerk.GetAsync("/Account/ChangePassword")).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await clerk.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.ThemeKey"] = "duty", ["Form.Event"] = "外镇", ["Form.Narrative"] = "成效", ["Form.Version"] = "0",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.Highlights.AnyAsync(h => h.Source == HighlightSource.WorkRecord && h.RecordId == other)).ShouldBeFalse();
    }

    [Fact]
    public async Task Campaign_names_entered_by_the_township_reach_the_report_through_the_template()
    {
        // the demo township already has “四抓两整治” and “基层党建质量提升年” for the year (DemoLongTail); hers come after them
        var (township, _) = await DemoAsync();
        var secretary = await Browser.LoginAsync(app, "secretary");
        var url = $"/Reports/Campaigns?year={Year}";
        (await secretary.PostFormAsync(url, new() { ["Form.Kind"] = "Campaign", ["Form.Name"] = "五基三化" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretary.PostFormAsync(url, new() { ["Form.Kind"] = "Slogan", ["Form.Name"] = "能力作风建设年" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await secretary.PostFormAsync(url, new() { ["Form.Kind"] = "Campaign", ["Form.Name"] = "“四抓两整治”" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Beside.Message(await Browser.ParseAsync(refused), "Form.Name").ShouldBe($"{Year}年已有“四抓两整治”。");

        // a kind the binder cannot read is not saved as the default kind; the name's own checks are shown with it
        var unread = await Browser.ParseAsync(await secretary.PostFormAsync(url, new() { ["Form.Kind"] = "Banner", ["Form.Name"] = "“四抓两整治”" }));
        Beside.Message(unread, "Form.Kind").ShouldNotBeEmpty();
        Beside.Message(unread, "Form.Name").ShouldBe($"{Year}年已有“四抓两整治”。");
        (await secretary.PostFormAsync(url, new() { ["Form.Kind"] = "Banner", ["Form.Name"] = "新名称" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = app.NewDbContext())
        {
            (await db.Campaigns.CountAsync(c => c.Name == "新名称")).ShouldBe(0);
        }

        var report = await ComposeAndReadAsync(secretary, township);
        Paragraph(report, "聚焦主责主业").ShouldContain("以“四抓两整治”“五基三化”为抓手，深入开展“基层党建质量提升年”“能力作风建设年”活动，统筹推进全镇党建各项工作。");
    }

    [Fact]
    public async Task A_suggested_problem_left_unticked_is_not_in_the_draft_and_her_own_problem_is()
    {
        var (township, _) = await DemoAsync();
        var secretary = await Browser.LoginAsync(app, "secretary");
        var (_, form) = await secretary.GetAsync($"/Reports/Compose?org={township}&year={Year}");
        var offered = form.QuerySelectorAll("#suggestions input[name=Offered]").Select(i => i.GetAttribute("value")!).ToList();
        offered.ShouldContain("compliance.organizations", "the demo's weak branches miss meetings");
        form.QuerySelectorAll("#suggestions input[name=Take]").ShouldAllBe(i => i.HasAttribute("checked"));

        var fields = offered.Select(k => new KeyValuePair<string, string>("Offered", k))
            .Concat(offered.Where(k => k != "compliance.organizations").Select(k => new KeyValuePair<string, string>("Take", k)))
            .Append(new("Problems", "我深入基层调研还不够，对个别村的情况掌握不够全面"));
        var report = await ComposeAndReadAsync(secretary, township, fields);
        report.ShouldNotContain("组织生活制度落实还不到位");
        report.ShouldContain("一是我深入基层调研还不够，对个别村的情况掌握不够全面。");

        var (_, back) = await secretary.GetAsync($"/Reports/Compose?org={township}&year={Year}");
        back.QuerySelector("#suggestions input[name=Take][value='compliance.organizations']")!.HasAttribute("checked").ShouldBeFalse("her choice is kept for the next draft");
        back.QuerySelector("textarea#Problems")!.TextContent.ShouldContain("我深入基层调研还不够");
    }
}
