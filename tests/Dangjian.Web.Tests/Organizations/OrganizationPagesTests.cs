using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Organizations;

public sealed class OrganizationPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<Organization> FindAsync(Func<IQueryable<Organization>, IQueryable<Organization>> query)
    {
        await using var db = app.NewDbContext();
        return await query(db.Organizations.AsNoTracking()).FirstAsync();
    }

    /// <summary>Organizations of the detailed township, where the demo clerk and secretary work.</summary>
    private Task<Organization> InTownshipAsync(Func<IQueryable<Organization>, IQueryable<Organization>> query) =>
        FindAsync(q => query(q.Where(o => o.Parent!.Name == DemoCounty.DetailedTownshipName)));

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var response = await Browser.For(app).Client.GetAsync("/Organizations");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task A_wrong_password_gets_one_message_that_reveals_nothing()
    {
        var browser = Browser.For(app);
        var wrong = await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "county", ["Input.Password"] = "wrong-Pass1" });
        var unknown = await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "nobody", ["Input.Password"] = "wrong-Pass1" });
        var a = (await Browser.ParseAsync(wrong)).QuerySelector(".error")!.TextContent.Trim();
        var b = (await Browser.ParseAsync(unknown)).QuerySelector(".error")!.TextContent.Trim();
        a.ShouldBe(b);
        a.ShouldContain("用户名或密码错误");
    }

    [Fact]
    public async Task The_county_sees_the_whole_demo_tree()
    {
        var browser = await Browser.LoginAsync(app, "county");
        var (status, html) = await browser.GetAsync("/Organizations");
        status.ShouldBe(HttpStatusCode.OK);
        var text = html.QuerySelector("#org-tree")!.TextContent;
        text.ShouldContain("云溪县委（演示）");
        text.ShouldContain(DemoCounty.DetailedTownshipName);
        html.QuerySelectorAll("#org-tree li").Length.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task A_clerk_edits_an_organization_and_sees_the_change()
    {
        var village = await InTownshipAsync(q => q.Where(o => o.Sector == OrgSector.Village && o.Level == OrgLevel.Branch).OrderByDescending(o => o.Id));
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.PostFormAsync($"/Organizations/Edit/{village.Id}", EditFields(village, "测试书记"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, html) = await browser.GetAsync($"/Organizations/Details/{village.Id}");
        html.QuerySelector("#secretary")!.TextContent.ShouldBe("测试书记");
        (await FindAsync(q => q.Where(o => o.Id == village.Id))).Version.ShouldBe(village.Version + 1);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_keeps_the_newer_value()
    {
        var village = await InTownshipAsync(q => q.Where(o => o.Sector == OrgSector.Village).OrderBy(o => o.Id).Skip(3));
        var browser = await Browser.LoginAsync(app, "clerk");
        (await browser.PostFormAsync($"/Organizations/Edit/{village.Id}", EditFields(village, "第一次"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await browser.PostFormAsync($"/Organizations/Edit/{village.Id}", EditFields(village, "第二次"));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(stale)).QuerySelector(".error")!.TextContent.ShouldContain("刚被其他人修改过");
        (await FindAsync(q => q.Where(o => o.Id == village.Id))).SecretaryName.ShouldBe("第一次");
    }

    [Fact]
    public async Task A_branch_secretary_can_neither_edit_nor_see_other_branches()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        await using var db = app.NewDbContext();
        var own = await db.Users.Where(u => u.UserName == "branch").Select(u => u.OrganizationId).SingleAsync();
        var other = await db.Organizations.Where(o => o.Level == OrgLevel.Branch && o.Id != own).Select(o => o.Id).FirstAsync();
        (await browser.GetAsync($"/Organizations/Details/{own}")).Status.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync($"/Organizations/Details/{other}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.Client.GetAsync($"/Organizations/Edit/{own}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync($"/Organizations/Edit/{own}")).Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var village = await InTownshipAsync(q => q.Where(o => o.Sector == OrgSector.Village));
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.PostAsync($"/Organizations/Edit/{village.Id}", new FormUrlEncodedContent(EditFields(village, "伪造")));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FindAsync(q => q.Where(o => o.Id == village.Id))).SecretaryName.ShouldNotBe("伪造");
    }

    private static Dictionary<string, string> EditFields(Organization o, string secretary) => new()
    {
        ["Form.Name"] = o.Name,
        ["Form.Level"] = o.Level.ToString(),
        ["Form.Sector"] = o.Sector.ToString(),
        ["Form.SecretaryName"] = secretary,
        ["Form.Version"] = o.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
