using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Audit;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>更正 of a saved meeting: by its organization or the township, never another's (404), audited, stale edits refused, 补录/代录 kept true.</summary>
public sealed class MeetingCorrectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(IHtmlDocument Page, Dictionary<string, string> Fields)> EditFormAsync(Browser user, int id)
    {
        var (status, page) = await user.GetAsync($"/Meetings/Edit/{id}");
        status.ShouldBe(HttpStatusCode.OK);
        return (page, OrgLifeWorld.Fields(page));
    }

    [Fact]
    public async Task The_branch_corrects_its_meeting_and_attendance_and_the_change_is_audited()
    {
        var branchUser = await Browser.LoginAsync(app, "branch");
        var id = await OrgLifeWorld.EnterGroupMeetingAsync(app, branchUser, 1, "学习党章（初稿）");
        await using var db = app.NewDbContext();
        var before = await db.Meetings.AsNoTracking().Include(m => m.Attendances).SingleAsync(m => m.Id == id);
        var (_, details) = await branchUser.GetAsync($"/Meetings/Details/{id}");
        details.QuerySelector("a#correct")!.GetAttribute("href").ShouldBe($"/Meetings/Edit/{id}");

        var (page, fields) = await EditFormAsync(branchUser, id);
        fields["Form.Topic"].ShouldBe("学习党章（初稿）");
        fields["Version"].ShouldBe(before.Version.ToString(CultureInfo.InvariantCulture));
        page.QuerySelectorAll("#attendance input[type=radio][value=Present]:checked").Length.ShouldBe(before.Attendances.Count);
        var absent = before.Attendances.OrderBy(a => a.MemberId).First().MemberId;
        var row = OrgLifeWorld.RowOf(page, absent);
        fields["Form.Topic"] = "学习党章";
        fields[$"Form.Rows[{row}].Status"] = "Absent";
        fields[$"Form.Rows[{row}].Reason"] = "外出务工";

        var saved = await branchUser.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(fields));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await db.Meetings.AsNoTracking().Include(m => m.Attendances).SingleAsync(m => m.Id == id);
        after.Topic.ShouldBe("学习党章");
        after.Version.ShouldBe(before.Version + 1);
        after.Attendances.Count.ShouldBe(before.Attendances.Count);
        after.Attendances.Single(a => a.MemberId == absent).ShouldSatisfyAllConditions(
            a => a.Status.ShouldBe(AttendanceStatus.Absent), a => a.AbsenceReason.ShouldBe("外出务工"));
        (after.EnteredAtUtc, after.EnteredBy, after.EnteredByProxy).ShouldBe((before.EnteredAtUtc, "branch", false));
        after.CorrectedBy.ShouldBe("branch");
        after.CorrectedAtUtc.ShouldNotBeNull();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Update && e.TargetType == nameof(Meeting) && e.TargetId == id.ToString(CultureInfo.InvariantCulture))
            .ToListAsync();
        audit.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.UserName.ShouldBe("branch"), e => e.Details!.ShouldContain("学习党章（初稿）"));
        var (_, shown) = await branchUser.GetAsync($"/Meetings/Details/{id}");
        shown.QuerySelector("#counts")!.TextContent.ShouldBe($"应到{before.Attendances.Count}人，实到{before.Attendances.Count - 1}人");
        shown.QuerySelector("#corrected")!.TextContent.ShouldContain("branch");
    }

    [Fact]
    public async Task A_township_correction_marks_proxy_and_a_late_entry_stays_late()
    {
        var branchUser = await Browser.LoginAsync(app, "branch");
        var id = await OrgLifeWorld.EnterGroupMeetingAsync(app, branchUser, 20, "讨论村务");
        var (_, entered) = await branchUser.GetAsync($"/Meetings/Details/{id}");
        entered.QuerySelector("#late-flag").ShouldNotBeNull("entered 20 days after the meeting: 补录");
        entered.QuerySelector("#proxy-flag").ShouldBeNull();

        var clerk = await Browser.LoginAsync(app, "clerk");
        var (page, fields) = await EditFormAsync(clerk, id);
        page.QuerySelector("#correction-note")!.TextContent.ShouldContain("代录");
        fields["Form.Place"] = "村党员活动室";
        (await clerk.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.NewDbContext();
        var m = await db.Meetings.AsNoTracking().SingleAsync(x => x.Id == id);
        (m.Place, m.EnteredByProxy, m.EnteredBy, m.CorrectedBy).ShouldBe(("村党员活动室", true, "branch", "clerk"));
        var (_, details) = await branchUser.GetAsync($"/Meetings/Details/{id}");
        details.QuerySelector("#late-flag").ShouldNotBeNull("a correction keeps the first entry's time");
        details.QuerySelector("#proxy-flag")!.TextContent.ShouldBe("代录");

        // The branch correcting it again does not wash out the township's 代录.
        var (_, again) = await EditFormAsync(branchUser, id);
        again["Form.ChairName"] = "村支书";
        (await branchUser.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(again))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Meetings.AsNoTracking().SingleAsync(x => x.Id == id)).EnteredByProxy.ShouldBeTrue();
    }

    [Fact]
    public async Task Another_organizations_meeting_answers_404_to_read_and_post()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using var db = app.NewDbContext();
        var foreign = await db.Meetings.AsNoTracking().Where(m => !m.Organization!.Path.StartsWith(branch.Path)).Select(m => m.Id).FirstAsync();
        var before = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == foreign);
        var branchUser = await Browser.LoginAsync(app, "branch");

        (await branchUser.Client.GetAsync($"/Meetings/Edit/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (_, own) = await branchUser.GetAsync($"/Meetings/Create?org={branch.Id}");
        var posted = await branchUser.Client.PostAsync($"/Meetings/Edit/{foreign}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.Token(own), ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
            ["Form.Topic"] = "篡改", ["Form.Kind"] = before.Kind.ToString(), ["Form.HeldOn"] = Day(before.HeldOn),
        }));

        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == foreign)).Topic.ShouldBe(before.Topic);
    }

    [Fact]
    public async Task A_stale_correction_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var branchUser = await Browser.LoginAsync(app, "branch");
        var id = await OrgLifeWorld.EnterGroupMeetingAsync(app, branchUser, 2, "组织生活（原）");
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, first) = await EditFormAsync(branchUser, id);
        var (_, second) = await EditFormAsync(clerk, id);
        first["Form.Topic"] = "支部先改";
        (await branchUser.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(first))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        second["Form.Topic"] = "乡镇后改";
        var stale = await clerk.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(second));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Browser.ParseAsync(stale);
        page.QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("刚被其他人更正过");
        page.QuerySelector("#Form_Topic")!.GetAttribute("value").ShouldBe("乡镇后改");
        await using var db = app.NewDbContext();
        var m = await db.Meetings.AsNoTracking().SingleAsync(x => x.Id == id);
        (m.Topic, m.CorrectedBy, m.EnteredByProxy).ShouldBe(("支部先改", "branch", false));
    }

    [Fact]
    public async Task A_correction_goes_through_the_entry_rules_with_messages_beside_the_fields()
    {
        var branchUser = await Browser.LoginAsync(app, "branch");
        var id = await OrgLifeWorld.EnterGroupMeetingAsync(app, branchUser, 3, "党课（原）");
        var (page, fields) = await EditFormAsync(branchUser, id);
        var row = page.QuerySelectorAll("#attendance tbody tr").Length - 1;
        fields["Form.HeldOn"] = Day(OrgLifeWorld.Today.AddDays(3));
        fields["Form.Topic"] = "";
        fields[$"Form.Rows[{row}].Status"] = "OnLeave";
        fields[$"Form.Rows[{row}].Reason"] = "";

        var refused = await branchUser.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(fields));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(refused);
        html.QuerySelector("#Form_HeldOn")!.NextElementSibling!.TextContent.ShouldBe("会议日期不能晚于今天（会议开完后再录入）");
        html.QuerySelector("#Form_Topic")!.NextElementSibling!.TextContent.ShouldBe("请填写会议主题");
        html.QuerySelectorAll("#attendance tbody tr")[row].QuerySelector("td.reason .error")!.TextContent.ShouldContain("请假，请填写原因");
        html.QuerySelectorAll("#attendance tbody tr")[row].QuerySelector("td.reason.has-error").ShouldNotBeNull();
        await using var db = app.NewDbContext();
        var m = await db.Meetings.AsNoTracking().SingleAsync(x => x.Id == id);
        (m.Topic, m.CorrectedAtUtc).ShouldBe(("党课（原）", (DateTime?)null));
    }
}
