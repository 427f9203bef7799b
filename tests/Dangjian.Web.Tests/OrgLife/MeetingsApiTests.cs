using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>/api/meetings: create with attendance, list with filters, scope (foreign organization → 404), validation, CSRF header, roles.</summary>
public sealed class MeetingsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> PostAsync(Browser browser, object body, bool header = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/meetings") { Content = JsonContent.Create(body) };
        if (header)
        {
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        }

        return await browser.Client.SendAsync(request);
    }

    private async Task<object> ValidBodyAsync(int orgId, string topic)
    {
        var members = await OrgLifeWorld.ActiveMembersAsync(app, orgId);
        return new
        {
            organizationId = orgId, kind = "GroupMeeting", heldOn = OrgLifeWorld.Today.ToString("yyyy-MM-dd"), topic,
            attendance = members.Select((m, i) => new { memberId = m.Id, status = i == 0 ? "OnLeave" : "Present", absenceReason = i == 0 ? "外出" : null }),
        };
    }

    [Fact]
    public async Task A_meeting_posted_with_attendance_is_stored_flagged_and_listed()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var clerk = await Browser.LoginAsync(app, "clerk");

        var created = await PostAsync(clerk, await ValidBodyAsync(branch.Id, "接口录入的党小组会"));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt32();
        json.RootElement.GetProperty("enteredByProxy").GetBoolean().ShouldBeTrue();
        await using (var db = app.NewDbContext())
        {
            var stored = await db.Meetings.Include(m => m.Attendances).SingleAsync(m => m.Id == id);
            stored.Attendances.Count.ShouldBe((await OrgLifeWorld.ActiveMembersAsync(app, branch.Id)).Count);
            stored.EnteredBy.ShouldBe("clerk");
            (await db.AuditEntries.AnyAsync(e => e.TargetType == "Meeting" && e.UserName == "clerk")).ShouldBeTrue("EF changes are audited");
        }

        var branchBrowser = await Browser.LoginAsync(app, "branch");
        var today = OrgLifeWorld.Today.ToString("yyyy-MM-dd");
        var list = await branchBrowser.Client.GetFromJsonAsync<JsonElement>($"/api/meetings?organizationId={branch.Id}&from={today}&to={today}");
        var row = list.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        row.GetProperty("kind").GetString().ShouldBe("GroupMeeting");
        row.GetProperty("topic").GetString().ShouldBe("接口录入的党小组会");
        row.GetProperty("present").GetInt32().ShouldBe(row.GetProperty("due").GetInt32() - 1);
        list.EnumerateArray().ShouldAllBe(r => r.GetProperty("heldOn").GetString() == today && r.GetProperty("organizationId").GetInt32() == branch.Id);
    }

    [Fact]
    public async Task A_foreign_organization_is_not_found_for_list_and_create()
    {
        await using var db = app.NewDbContext();
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var sibling = await db.Organizations.FirstAsync(o => o.ParentId == branch.ParentId && o.Id != branch.Id && o.Level == OrgLevel.Branch);
        var browser = await Browser.LoginAsync(app, "branch");

        (await browser.Client.GetAsync($"/api/meetings?organizationId={sibling.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var created = await PostAsync(browser, await ValidBodyAsync(sibling.Id, "越权录入"));

        created.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        created.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await created.Content.ReadAsStringAsync()).ShouldContain("找不到该党组织");
        (await db.Meetings.AnyAsync(m => m.Topic == "越权录入")).ShouldBeFalse();
        var all = await browser.Client.GetFromJsonAsync<JsonElement>("/api/meetings");
        all.EnumerateArray().ShouldAllBe(r => r.GetProperty("organizationId").GetInt32() == branch.Id);
    }

    [Fact]
    public async Task Invalid_meetings_get_Chinese_problem_details_and_nothing_is_stored()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var members = await OrgLifeWorld.ActiveMembersAsync(app, branch.Id);
        var browser = await Browser.LoginAsync(app, "branch");

        var response = await PostAsync(browser, new
        {
            organizationId = branch.Id, kind = "PartyLecture", heldOn = OrgLifeWorld.Today.AddDays(5).ToString("yyyy-MM-dd"), topic = "",
            attendance = new[] { new { memberId = members[0].Id, status = "Absent", absenceReason = (string?)null }, new { memberId = -5, status = "Present", absenceReason = (string?)null } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("heldOn")[0].GetString().ShouldBe("会议日期不能晚于今天（会议开完后再录入）");
        errors.GetProperty("topic")[0].GetString().ShouldBe("请填写会议主题");
        errors.GetProperty("speakerName")[0].GetString().ShouldBe("党课须填写授课人");
        errors.GetProperty("attendance[0]")[0].GetString()!.ShouldContain("请填写原因");
        errors.GetProperty("attendance[1]")[0].GetString()!.ShouldContain("不是本组织在册党员");

        var garbage = await browser.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/meetings")
        {
            Content = new StringContent("{not json", new MediaTypeHeaderValue("application/json")), Headers = { { "X-Requested-With", "XMLHttpRequest" } },
        });
        garbage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await garbage.Content.ReadAsStringAsync()).ShouldContain("不是有效的会议记录");
    }

    [Fact]
    public async Task Posting_needs_the_header_a_signed_in_editor_and_never_a_redirect()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var body = await ValidBodyAsync(branch.Id, "没有请求头");
        var editor = await Browser.LoginAsync(app, "branch");
        var noHeader = await PostAsync(editor, body, header: false);
        noHeader.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noHeader.Content.ReadAsStringAsync()).ShouldContain("X-Requested-With");

        (await PostAsync(Browser.For(app), body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(await Browser.LoginAsync(app, "liaison"), body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(await Browser.LoginAdminAsync(app, "auditor"), body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = app.NewDbContext();
        (await db.Meetings.AnyAsync(m => m.Topic == "没有请求头")).ShouldBeFalse();
    }
}
