using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Organizations;

/// <summary>Create, move (with history) and deactivate through the pages, checked in the database.</summary>
public sealed class TreeChangesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> CreateAsync(Browser browser, int parentId, string name, OrgLevel level)
    {
        var response = await browser.PostFormAsync($"/Organizations/Create?parent={parentId}", new()
        {
            ["Form.Name"] = name,
            ["Form.Level"] = level.ToString(),
            ["Form.Sector"] = OrgSector.NonPublicEnterprise.ToString(),
            ["Form.CommitteeTermStart"] = "2024-05-01",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Moving_a_general_branch_moves_its_subtree_and_keeps_history()
    {
        await using var db = app.NewDbContext();
        var townships = await db.Organizations.Where(o => o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Id).Take(2).ToListAsync();
        var browser = await Browser.LoginAsync(app, "county");
        var general = await CreateAsync(browser, townships[0].Id, "测试产业链党总支", OrgLevel.GeneralBranch);
        var branch = await CreateAsync(browser, general, "测试产业链第一党支部", OrgLevel.Branch);

        var moved = await browser.PostFormAsync($"/Organizations/Move/{general}",
            new() { ["Input.NewParentId"] = townships[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "区划调整" });
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var check = app.NewDbContext();
        var child = await check.Organizations.SingleAsync(o => o.Id == branch);
        child.Path.ShouldBe($"{townships[1].Path}{general}/{branch}/");
        child.Depth.ShouldBe(townships[1].Depth + 2);
        child.CommitteeTermEnd.ShouldBe(new DateOnly(2027, 4, 30));
        var history = await check.OrganizationMoves.SingleAsync(m => m.OrganizationId == general);
        (history.FromParentId, history.ToParentId, history.Reason).ShouldBe((townships[0].Id, townships[1].Id, "区划调整"));
        var (_, html) = await browser.GetAsync($"/Organizations/Details/{general}");
        html.Body!.TextContent.ShouldContain("区划调整");
    }

    [Fact]
    public async Task A_move_into_its_own_subtree_is_refused()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.FirstAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var browser = await Browser.LoginAsync(app, "county");
        var general = await CreateAsync(browser, township.Id, "测试循环党总支", OrgLevel.GeneralBranch);
        var response = await browser.PostFormAsync($"/Organizations/Move/{general}",
            new() { ["Input.NewParentId"] = general.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "测试" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == general)).ParentId.ShouldBe(township.Id);
    }

    [Fact]
    public async Task An_organization_with_members_cannot_be_deactivated_but_an_empty_one_can()
    {
        await using var db = app.NewDbContext();
        var withMembers = await db.Members.Select(m => m.OrganizationId).FirstAsync();
        var township = await db.Organizations.FirstAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var browser = await Browser.LoginAsync(app, "clerk");

        var (_, blocked) = await browser.GetAsync($"/Organizations/Deactivate/{withMembers}");
        blocked.QuerySelector("#blocker")!.TextContent.ShouldContain("党员");

        var empty = await CreateAsync(browser, township.Id, "测试待撤销党支部", OrgLevel.Branch);
        var response = await browser.PostFormAsync($"/Organizations/Deactivate/{empty}",
            new() { ["Input.On"] = "2026-11-01", ["Input.Reason"] = "企业注销" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var check = app.NewDbContext();
        var org = await check.Organizations.SingleAsync(o => o.Id == empty);
        (org.IsActive, org.DeactivatedOn, org.DeactivationReason).ShouldBe((false, new DateOnly(2026, 11, 1), "企业注销"));
        var (_, tree) = await browser.GetAsync("/Organizations");
        tree.QuerySelector("#org-tree")!.TextContent.ShouldNotContain("测试待撤销党支部");
        var (_, all) = await browser.GetAsync("/Organizations?inactive=true");
        all.QuerySelector("#org-tree")!.TextContent.ShouldContain("测试待撤销党支部");
    }
}
