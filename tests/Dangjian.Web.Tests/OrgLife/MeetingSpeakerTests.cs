using System.Net;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>
/// A lecture's speaker chosen from the township's leaders' accounts (the secretary, the liaison leaders of the
/// organization); choosing one fills the name; an account outside the township is refused beside the field.
/// </summary>
public sealed class MeetingSpeakerTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_form_offers_the_township_s_leaders_and_stores_the_chosen_account()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        await using var db = app.NewDbContext();
        var liaison = await db.Users.SingleAsync(u => u.UserName == "liaison");
        var secretary = await db.Users.SingleAsync(u => u.UserName == "secretary");
        var county = await db.Users.SingleAsync(u => u.UserName == "county");
        var village = await db.UserScopes.Where(s => s.UserId == liaison.Id).Select(s => s.OrganizationId).FirstAsync();
        var browser = await Browser.LoginAsync(app, "clerk");

        var (status, page) = await browser.GetAsync($"/Meetings/Create?org={village}&kind=PartyLecture");
        status.ShouldBe(HttpStatusCode.OK);
        var offered = page.QuerySelectorAll("#Form_SpeakerUserId option").Select(o => o.GetAttribute("value")).ToList();
        offered.ShouldContain(secretary.Id.ToString());
        offered.ShouldContain(liaison.Id.ToString());
        offered.ShouldNotContain(county.Id.ToString());
        page.QuerySelector($"#Form_SpeakerUserId option[value='{liaison.Id}']")!.GetAttribute("data-name").ShouldBe(liaison.DisplayName);

        // An account outside the township (here: the county's) is refused beside the field, and nothing is saved.
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Topic"] = "学习贯彻党的二十届四中全会精神";
        fields["Form.SpeakerUserId"] = county.Id.ToString();
        fields["Form.SpeakerName"] = "";
        var before = await db.Meetings.CountAsync();
        var refused = await browser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(refused);
        Beside.Message(html, "Form.SpeakerUserId").ShouldContain("不是本乡镇党委书记");
        (await db.Meetings.CountAsync()).ShouldBe(before);

        // The liaison leader chosen without a typed name: the name comes from the account.
        fields["Form.SpeakerUserId"] = liaison.Id.ToString();
        var saved = await browser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var meeting = await db.Meetings.AsNoTracking().OrderByDescending(m => m.Id).FirstAsync();
        (meeting.OrganizationId, meeting.Kind, meeting.SpeakerUserId, meeting.SpeakerName).ShouldBe((village, MeetingKind.PartyLecture, liaison.Id, liaison.DisplayName));
        township.Level.ShouldBe(OrgLevel.TownshipCommittee);
    }

    [Fact]
    public async Task Another_township_s_secretary_is_refused_on_the_form_and_in_the_api()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        int stranger;
        await using (var db = app.NewDbContext())
        {
            var elsewhere = await db.Organizations.Where(o => o.Level == OrgLevel.TownshipCommittee && o.Id != township.Id).Select(o => o.Id).FirstAsync();
            var role = await db.Roles.SingleAsync(r => r.Name == Roles.TownshipSecretary);
            var user = new AppUser { UserName = "othersecretary", DisplayName = "外乡镇书记", OrganizationId = elsewhere, SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync();
            stranger = user.Id;
        }

        var browser = await Browser.LoginAsync(app, "branch");
        var (_, page) = await browser.GetAsync($"/Meetings/Create?org={branch.Id}&kind=PartyLecture");
        page.QuerySelectorAll("#Form_SpeakerUserId option").Select(o => o.GetAttribute("value")).ShouldNotContain(stranger.ToString());
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Topic"] = "党课";
        fields["Form.SpeakerUserId"] = stranger.ToString();
        fields["Form.SpeakerName"] = "外乡镇书记";
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.Meetings.CountAsync();
        }

        var refused = await browser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Beside.Message(await Browser.ParseAsync(refused), "Form.SpeakerUserId").ShouldContain("乡镇以外的授课人请只填写姓名");

        var members = await OrgLifeWorld.ActiveMembersAsync(app, branch.Id);
        var api = new HttpRequestMessage(HttpMethod.Post, "/api/meetings")
        {
            Content = JsonContent(new
            {
                organizationId = branch.Id, kind = "PartyLecture", heldOn = OrgLifeWorld.Today.ToString("yyyy-MM-dd"), topic = "党课",
                speakerName = "外乡镇书记", speakerUserId = stranger, attendance = members.Select(m => new { memberId = m.Id, status = "Present" }),
            }),
        };
        api.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var answer = await browser.Client.SendAsync(api);
        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).ShouldContain("speakerUserId");
        await using (var db = app.NewDbContext())
        {
            (await db.Meetings.CountAsync()).ShouldBe(before);
        }
    }

    private static StringContent JsonContent(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
