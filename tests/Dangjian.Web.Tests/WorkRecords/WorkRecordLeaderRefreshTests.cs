using System.Globalization;
using System.Net;
using System.Text.Json;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.WorkRecords;

/// <summary>
/// The work-record form's 带队领导 list follows the organization chosen: without script "更换" shows the form again with the
/// new organization's leaders, keeping everything typed and saving nothing; js/leaders.js asks the Leaders handler for them.
/// </summary>
public sealed class WorkRecordLeaderRefreshTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed record World(int Liaison, int Secretary, int Covered, int Other, int Foreign, int Research);

    private async Task<World> WorldAsync()
    {
        await using var db = app.NewDbContext();
        var liaison = await db.Users.SingleAsync(u => u.UserName == "liaison");
        var secretary = await db.Users.SingleAsync(u => u.UserName == "secretary");
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var scoped = await db.UserScopes.Where(s => s.UserId == liaison.Id).Select(s => s.OrganizationId).ToListAsync();
        var contacted = await db.ContactPoints.Where(c => c.LeaderUserId == liaison.Id).Select(c => c.OrganizationId).ToListAsync();
        var villages = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && o.IsActive).OrderBy(o => o.SortOrder).Select(o => o.Id).ToListAsync();
        var foreign = await db.Organizations.Where(o => o.Level == OrgLevel.Branch && o.Parent!.Level == OrgLevel.TownshipCommittee && o.ParentId != township.Id).Select(o => o.Id).FirstAsync();
        var research = await db.WorkCategories.Where(c => c.Code == "research" && c.OrganizationId == null).Select(c => c.Id).SingleAsync();
        return new World(liaison.Id, secretary.Id, scoped.First(villages.Contains), villages.First(v => !scoped.Contains(v) && !contacted.Contains(v)), foreign, research);
    }

    private static List<string?> Offered(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#Form_LedByUserId option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();

    [Fact]
    public async Task Changing_the_organization_without_script_shows_its_leaders_and_keeps_what_was_typed()
    {
        var w = await WorldAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, first) = await clerk.GetAsync($"/WorkRecords/Create?org={w.Covered}");
        Offered(first).ShouldContain(S(w.Liaison));
        first.QuerySelector("#change-org")!.GetAttribute("formaction").ShouldBe("/WorkRecords/Create?handler=Leaders");
        first.QuerySelector("script[src^='/js/leaders.js']").ShouldNotBeNull();

        await using var db = app.NewDbContext();
        var before = await db.WorkRecords.CountAsync();
        var heldOn = app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["Form.OrganizationId"] = S(w.Other), ["Form.CategoryId"] = S(w.Research), ["Form.HeldOn"] = heldOn, ["Form.Title"] = "联系领导到村调研<党建>",
            ["Form.Quantity"] = "2", ["Form.Participants"] = "", ["Form.LedBy"] = "李四", ["Form.LedByUserId"] = S(w.Liaison), ["Form.Place"] = "村委会", ["Form.Notes"] = "备注文字",
        };
        var changed = await clerk.PostFormAsync("/WorkRecords/Create?handler=Leaders", fields, $"/WorkRecords/Create?org={w.Covered}");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await Browser.ParseAsync(changed);
        page.QuerySelector($"#Form_OrganizationId option[value='{w.Other}']")!.HasAttribute("selected").ShouldBeTrue();
        Offered(page).ShouldContain(S(w.Secretary));
        Offered(page).ShouldNotContain(S(w.Liaison), "the liaison leads neither by scope nor by contact point here");
        page.QuerySelector("#Form_LedByUserId option[selected]").ShouldBeNull("a leader of the former organization is unselected");
        page.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("联系领导到村调研<党建>");
        page.QuerySelector("#Form_Quantity")!.GetAttribute("value").ShouldBe("2");
        page.QuerySelector("#Form_LedBy")!.GetAttribute("value").ShouldBe("李四");
        page.QuerySelector("#Form_Place")!.GetAttribute("value").ShouldBe("村委会");
        page.QuerySelector("#Form_Notes")!.TextContent.ShouldBe("备注文字");
        page.QuerySelector("#Form_HeldOn")!.GetAttribute("value").ShouldBe(heldOn);
        page.QuerySelector($"#Form_CategoryId option[value='{w.Research}']")!.HasAttribute("selected").ShouldBeTrue();
        page.QuerySelectorAll(".error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ShouldBeEmpty();
        (await db.WorkRecords.CountAsync()).ShouldBe(before, "更换 saves nothing");

        // Back to the covered village: the liaison is offered again and stays chosen.
        var back = await Browser.ParseAsync(await clerk.PostFormAsync("/WorkRecords/Create?handler=Leaders",
            new(fields) { ["Form.OrganizationId"] = S(w.Covered) }, $"/WorkRecords/Create?org={w.Covered}"));
        back.QuerySelector($"#Form_LedByUserId option[value='{w.Liaison}']")!.HasAttribute("selected").ShouldBeTrue();

        // An organization outside the clerk's scope: refused beside the field, no leaders, nothing saved.
        var foreign = await Browser.ParseAsync(await clerk.PostFormAsync("/WorkRecords/Create?handler=Leaders",
            new(fields) { ["Form.OrganizationId"] = S(w.Foreign) }, $"/WorkRecords/Create?org={w.Covered}"));
        Beside.Message(foreign, "Form.OrganizationId").ShouldBe("请选择党组织");
        Offered(foreign).ShouldBeEmpty();
        (await db.WorkRecords.CountAsync()).ShouldBe(before);

        // Then saving the form as re-rendered records it under the new organization.
        var saved = await clerk.PostFormAsync("/WorkRecords/Create", new(fields) { ["Form.LedByUserId"] = S(w.Secretary) }, $"/WorkRecords/Create?org={w.Covered}");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await db.WorkRecords.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync();
        (record.OrganizationId, record.LedByUserId, record.LedBy).ShouldBe((w.Other, (int?)w.Secretary, "李四"));
    }

    [Fact]
    public async Task The_leaders_handler_answers_the_organization_s_leaders_and_404_outside_the_scope()
    {
        var w = await WorldAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var day = app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        async Task<List<int>> IdsAsync(int org)
        {
            var response = await clerk.Client.GetAsync($"/WorkRecords/Create?handler=Leaders&org={org}&on={day}", TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            return [.. json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32())];
        }

        (await IdsAsync(w.Covered)).ShouldContain(w.Liaison);
        var other = await IdsAsync(w.Other);
        other.ShouldContain(w.Secretary);
        other.ShouldNotContain(w.Liaison);
        (await clerk.Client.GetAsync($"/WorkRecords/Create?handler=Leaders&org={w.Foreign}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
