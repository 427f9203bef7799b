using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Cadres;

public sealed class TermPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_county_records_a_first_term_whose_statistics_make_no_comparison()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.FirstAsync(o => o.Level == OrgLevel.TownshipCommittee && o.Name != DemoCounty.DetailedTownshipName);
        var browser = await Browser.LoginAsync(app, "county");
        var fields = new Dictionary<string, string>
        {
            ["Form.OrganizationId"] = township.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Name"] = "",
            ["Form.ElectedOn"] = "2021-04-10",
        };
        var bad = await browser.PostFormAsync("/Cadres/Terms/Create", new(fields));
        (await Browser.ParseAsync(bad)).QuerySelector("form.edit")!.TextContent.ShouldContain("请填写届次名称");

        fields["Form.Name"] = "2021年换届";
        var good = await browser.PostFormAsync("/Cadres/Terms/Create", new(fields));
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var term = await db.ElectionTerms.SingleAsync(t => t.OrganizationId == township.Id);
        var (status, html) = await browser.GetAsync($"/Cadres/Statistics?term={term.Id}");
        status.ShouldBe(HttpStatusCode.OK);
        html.QuerySelector("main")!.TextContent.ShouldContain("没有上届记录，不作比较");
        html.QuerySelectorAll("#election-figures tbody td:nth-child(4)").ShouldAllBe(td => td.TextContent == "—");
    }

    [Fact]
    public async Task A_branch_secretary_may_not_record_terms()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var response = await browser.Client.GetAsync("/Cadres/Terms/Create");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }
}
