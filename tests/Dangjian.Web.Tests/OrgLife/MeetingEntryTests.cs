using System.Net;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>Entering a meeting with attendance (fast entry from a sheet), 代录, the sign-in sheet, copying the last due list, theme days.</summary>
public sealed class MeetingEntryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> SubmitAsync(Browser browser, string url, Dictionary<string, string> fields) =>
        await browser.Client.PostAsync(url, new FormUrlEncodedContent(fields));

    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.ToString().Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Fast_entry_lists_every_member_present_and_stores_attendance_with_the_members_flags()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var members = await OrgLifeWorld.ActiveMembersAsync(app, branch.Id);
        var browser = await Browser.LoginAsync(app, "branch");

        var (status, page) = await browser.GetAsync($"/Meetings/Create?org={branch.Id}&kind=GroupMeeting");

        status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("#attendance tbody tr").Length.ShouldBe(members.Count);
        page.QuerySelectorAll("#attendance input[type=radio][value=Present]:checked").Length.ShouldBe(members.Count);
        var fields = OrgLifeWorld.Fields(page);
        var absent = members.OrderBy(m => m.Id).First();
        var leave = members.OrderBy(m => m.Id).Skip(1).First();
        fields["Form.Topic"] = "学习党的二十届四中全会精神";
        fields[$"Form.Rows[{OrgLifeWorld.RowOf(page, absent.Id)}].Status"] = "Absent";
        fields[$"Form.Rows[{OrgLifeWorld.RowOf(page, absent.Id)}].Reason"] = "外出务工";
        fields[$"Form.Rows[{OrgLifeWorld.RowOf(page, leave.Id)}].Status"] = "OnLeave";

        var refused = await SubmitAsync(browser, "/Meetings/Create", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain($"{leave.Name}请假，请填写原因");

        fields[$"Form.Rows[{OrgLifeWorld.RowOf(page, leave.Id)}].Reason"] = "生病住院";
        var saved = await SubmitAsync(browser, "/Meetings/Create", fields);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleAsync(m => m.Id == IdFrom(saved));
        meeting.Kind.ShouldBe(MeetingKind.GroupMeeting);
        meeting.EnteredByProxy.ShouldBeFalse();
        meeting.EnteredBy.ShouldBe("branch");
        meeting.Attendances.Count.ShouldBe(members.Count);
        meeting.Attendances.Single(a => a.MemberId == absent.Id).ShouldSatisfyAllConditions(
            a => a.Status.ShouldBe(AttendanceStatus.Absent), a => a.AbsenceReason.ShouldBe("外出务工"));
        meeting.Attendances.Single(a => a.MemberId == leave.Id).Status.ShouldBe(AttendanceStatus.OnLeave);
        meeting.Attendances.Count(a => a.Status == AttendanceStatus.Present).ShouldBe(members.Count - 2);
        foreach (var m in members)
        {
            var row = meeting.Attendances.Single(a => a.MemberId == m.Id);
            (row.IsMobile, row.NoSmartphone).ShouldBe((m.IsMobile, m.NoSmartphone), m.Name);
        }

        var (_, details) = await browser.GetAsync($"/Meetings/Details/{meeting.Id}");
        details.QuerySelector("#counts")!.TextContent.ShouldBe($"应到{members.Count}人，实到{members.Count - 2}人");
        details.QuerySelector("#proxy-flag").ShouldBeNull();
        details.QuerySelector("#late-flag").ShouldBeNull();
    }

    [Fact]
    public async Task A_clerk_entering_for_a_branch_is_flagged_proxy_and_a_back_dated_entry_late()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, page) = await browser.GetAsync($"/Meetings/Create?org={branch.Id}&kind=MemberAssembly");
        page.QuerySelector(".notice")!.TextContent.ShouldContain("代录");
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Topic"] = "讨论发展党员";
        fields["Form.HeldOn"] = OrgLifeWorld.Today.AddDays(-20).ToString("yyyy-MM-dd");

        var saved = await SubmitAsync(browser, "/Meetings/Create", fields);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, details) = await browser.GetAsync(saved.Headers.Location!.ToString());
        details.QuerySelector("#proxy-flag")!.TextContent.ShouldBe("代录");
        details.QuerySelector("#late-flag")!.TextContent.ShouldBe("补录");
        await using var db = app.NewDbContext();
        (await db.Meetings.SingleAsync(m => m.Id == IdFrom(saved))).EnteredByProxy.ShouldBeTrue();
    }

    [Fact]
    public async Task A_future_date_and_a_missing_topic_are_refused_in_Chinese()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var browser = await Browser.LoginAsync(app, "branch");
        var (_, page) = await browser.GetAsync($"/Meetings/Create?org={branch.Id}");
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.HeldOn"] = OrgLifeWorld.Today.AddDays(3).ToString("yyyy-MM-dd");
        fields["Form.Topic"] = "";

        var response = await SubmitAsync(browser, "/Meetings/Create", fields);

        var errors = (await Browser.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent;
        errors.ShouldContain("会议日期不能晚于今天");
        errors.ShouldContain("请填写会议主题");
    }

    [Fact]
    public async Task The_sign_in_sheet_lists_every_member_with_an_empty_signature_column_for_A4_printing()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var members = await OrgLifeWorld.ActiveMembersAsync(app, branch.Id);
        var browser = await Browser.LoginAsync(app, "clerk");

        var (status, sheet) = await browser.GetAsync($"/Meetings/SignIn?org={branch.Id}&kind=BranchCommittee&date=2026-03-05&topic=研究春耕");

        status.ShouldBe(HttpStatusCode.OK);
        sheet.QuerySelector("h1")!.TextContent.ShouldContain("支部委员会会议签到表");
        sheet.QuerySelector("#sheet-date")!.TextContent.ShouldBe("2026年3月5日");
        sheet.QuerySelector("#sheet-topic")!.TextContent.ShouldBe("研究春耕");
        var rows = sheet.QuerySelectorAll("#sheet tbody tr");
        rows.Select(r => r.QuerySelector(".name")!.TextContent).ShouldBe(members.Select(m => m.Name), ignoreOrder: true);
        rows.ShouldAllBe(r => r.QuerySelector(".sign")!.TextContent == "");
        var css = await browser.Client.GetStringAsync(sheet.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        css.ShouldContain("size: A4");
        css.ShouldContain("@media print");
        sheet.QuerySelector("a[href^='/Meetings/Create']")!.GetAttribute("href")!.ShouldContain("kind=BranchCommittee");
    }

    [Fact]
    public async Task Copying_the_last_meeting_takes_its_due_list()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var members = (await OrgLifeWorld.ActiveMembersAsync(app, branch.Id)).OrderBy(m => m.Id).ToList();
        var committee = members.Take(3).Select(m => m.Id).ToHashSet();
        var browser = await Browser.LoginAsync(app, "branch");
        var (_, page) = await browser.GetAsync($"/Meetings/Create?org={branch.Id}&kind=DemocraticAppraisal");
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Topic"] = "年度民主评议党员";
        foreach (var m in members.Where(m => !committee.Contains(m.Id)))
        {
            fields[$"Form.Rows[{OrgLifeWorld.RowOf(page, m.Id)}].Status"] = "NotDue";
        }

        (await SubmitAsync(browser, "/Meetings/Create", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, copied) = await browser.GetAsync($"/Meetings/Create?org={branch.Id}&kind=DemocraticAppraisal&copy=true");
        copied.QuerySelector("#copied")!.TextContent.ShouldContain("已沿用");
        var present = copied.QuerySelectorAll("#attendance tbody tr")
            .Where(tr => tr.QuerySelector("input[value=Present]")!.HasAttribute("checked"))
            .Select(tr => int.Parse(tr.GetAttribute("data-member")!, System.Globalization.CultureInfo.InvariantCulture));
        present.ShouldBe(committee, ignoreOrder: true);
    }

    [Fact]
    public async Task The_township_publishes_a_theme_and_a_branch_theme_day_is_recorded_against_it()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var clerk = await Browser.LoginAsync(app, "clerk");
        var today = OrgLifeWorld.Today;
        var published = await clerk.PostFormAsync($"/OrgLife/Themes?org={township.Id}", new()
        {
            ["Form.Year"] = today.Year.ToString(), ["Form.Month"] = today.Month.ToString(), ["Form.Title"] = "学习贯彻全会精神 争做时代先锋",
        });
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            (await db.MonthlyThemes.SingleAsync(t => t.OrganizationId == township.Id && t.Year == today.Year && t.Month == today.Month))
                .Title.ShouldBe("学习贯彻全会精神 争做时代先锋");
        }

        var secretary = await Browser.LoginAsync(app, "branch");
        (await secretary.GetAsync($"/OrgLife/Themes?org={branch.Id}")).Html.QuerySelector("#themes")!.TextContent.ShouldContain("学习贯彻全会精神 争做时代先锋");
        var refused = await secretary.PostFormAsync($"/OrgLife/Themes?org={branch.Id}",
            new() { ["Form.Year"] = "2026", ["Form.Month"] = "1", ["Form.Title"] = "越权" }, "/Account/ChangePassword");
        refused.Headers.Location!.ToString().ShouldContain("/Account/Denied");

        var (_, page) = await secretary.GetAsync($"/Meetings/Create?org={branch.Id}&kind=ThemeDay");
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Topic"] = "主题党日：重温入党誓词";
        var saved = await SubmitAsync(secretary, "/Meetings/Create", fields);
        var (_, details) = await secretary.GetAsync(saved.Headers.Location!.ToString());
        details.QuerySelector("#theme")!.TextContent.ShouldContain("学习贯彻全会精神 争做时代先锋");
        var (_, themes) = await clerk.GetAsync($"/OrgLife/Themes?org={township.Id}");
        await using var check = app.NewDbContext();
        var theme = await check.MonthlyThemes.SingleAsync(t => t.OrganizationId == township.Id && t.Year == today.Year && t.Month == today.Month);
        var held = await check.Meetings.CountAsync(m => m.MonthlyThemeId == theme.Id);
        held.ShouldBeGreaterThan(0);
        themes.QuerySelector($"tr[data-theme='{theme.Id}'] td:last-child")!.TextContent.Trim().ShouldBe($"{held}个");
    }

    [Fact]
    public async Task Attachments_accept_pdf_and_images_up_to_10_MB_and_refuse_other_files_in_Chinese()
    {
        await using var db = app.NewDbContext();
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var meetingId = await db.Meetings.Where(m => m.OrganizationId == branch.Id).Select(m => m.Id).FirstAsync();
        var browser = await Browser.LoginAsync(app, "branch");
        var url = $"/Meetings/Details/{meetingId}";

        async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(string name, byte[] bytes)
        {
            var (_, page) = await browser.GetAsync(url);
            var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "upload", name } };
            var response = await browser.Client.PostAsync($"{url}?handler=Upload", content);
            return response.StatusCode == HttpStatusCode.Redirect ? (await browser.GetAsync(url)).Html : await Browser.ParseAsync(response);
        }

        var pdf = "%PDF-1.4 会议记录扫描件"u8.ToArray();
        var ok = await UploadAsync("会议记录.pdf", pdf);
        var link = ok.QuerySelectorAll("#attachments a").Single(a => a.TextContent == "会议记录.pdf");
        var download = await browser.Client.GetAsync(link.GetAttribute("href"));
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        (await UploadAsync("tool.exe", [0x4D, 0x5A, 0x90, 0x00])).QuerySelector("#upload-error")!.TextContent.ShouldBe("只能上传PDF、JPG、PNG、DOCX格式的附件");
        (await UploadAsync("photo.png", "%PDF-1.4"u8.ToArray())).QuerySelector("#upload-error")!.TextContent.ShouldContain("文件内容与扩展名不符");
        var big = new byte[(10 * 1024 * 1024) + 1];
        new byte[] { 0xFF, 0xD8, 0xFF }.CopyTo(big, 0);
        (await UploadAsync("big.jpg", big)).QuerySelector("#upload-error")!.TextContent.ShouldBe("附件不能超过10 MB");
        (await db.MeetingAttachments.CountAsync(a => a.MeetingId == meetingId)).ShouldBe(1);

        var other = await Browser.LoginAsync(app, "liaison");
        (await other.Client.GetAsync(link.GetAttribute("href"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
