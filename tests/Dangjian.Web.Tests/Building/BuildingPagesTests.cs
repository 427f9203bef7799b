using System.Globalization;
using System.Net;
using Dangjian.Core.Building;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

public sealed class BuildingPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_screening_proposes_from_the_records_and_the_township_confirms()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var year = app.Clock.Today().Year;
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, html) = await browser.GetAsync($"/Building?year={year}&screen={township.Id}");
        var rows = html.QuerySelectorAll("#proposals tbody tr");
        rows.Length.ShouldBeGreaterThan(0);
        rows.ShouldAllBe(r => r.QuerySelectorAll("td")[1].TextContent.Length > 0);
        var org = rows[0].QuerySelector("input[name=organizationId]")!.GetAttribute("value")!;
        var reasons = rows[0].QuerySelector("input[name=reasons]")!.GetAttribute("value")!;

        var confirmed = await browser.PostFormAsync("/Building?handler=Confirm", new() { ["organizationId"] = org, ["year"] = $"{year}", ["reasons"] = reasons }, "/Building");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var weak = await db.WeakOrganizations.SingleAsync(w => w.OrganizationId == int.Parse(org, CultureInfo.InvariantCulture) && w.Year == year);
        weak.Reasons.ShouldBe(reasons);

        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.PostFormAsync("/Building?handler=Confirm", new() { ["organizationId"] = org, ["year"] = $"{year}" }, "/Account/ChangePassword"))
            .Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    [Fact]
    public async Task A_weak_organization_is_converted_only_when_every_measure_is_done()
    {
        await using var db = app.NewDbContext();
        var weak = await db.WeakOrganizations.Include(w => w.Measures).FirstAsync(w => w.ConvertedOn == null && w.Measures.Any(m => m.DoneOn == null));
        var url = $"/Building/Weak/{weak.Id}";
        var browser = await Browser.LoginAsync(app, "clerk");
        var day = app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var early = await browser.PostFormAsync(url + "?handler=Convert", new() { ["convertedOn"] = day }, url);
        Beside.Message(await Browser.ParseAsync(early), "convertedOn").ShouldContain("还有整顿措施没有完成");
        foreach (var m in weak.Measures.Where(m => m.DoneOn == null))
        {
            (await browser.PostFormAsync(url + "?handler=Done", new() { ["measureId"] = S(m.Id) }, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await browser.PostFormAsync(url + "?handler=Convert", new() { ["convertedOn"] = day, ["note"] = "验收合格" }, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, html) = await browser.GetAsync(url);
        html.QuerySelector("#converted")!.TextContent.ShouldContain("认定整顿转化");
    }

    [Fact]
    public async Task The_income_sentence_counts_the_recorded_incomes_in_exclusive_buckets()
    {
        await using var db = app.NewDbContext();
        var year = app.Clock.Today().Year - 1;
        var amounts = await db.CollectiveIncomes.Where(i => i.Year == year && i.Organization!.Parent!.Name == DemoCounty.DetailedTownshipName)
            .Select(i => i.AmountWan).ToListAsync();
        amounts.Count.ShouldBe(12);
        var expected = new[] { (15, amounts.Count(a => a >= 15)), (10, amounts.Count(a => a is >= 10 and < 15)), (5, amounts.Count(a => a is >= 5 and < 10)) }
            .Where(x => x.Item2 > 0).Select(x => $"{x.Item1}万元以上的村达到{x.Item2}个");

        var browser = await Browser.LoginAsync(app, "secretary");
        var (_, html) = await browser.GetAsync($"/Building/Income?year={year}");
        html.QuerySelector("#buckets")!.TextContent.ShouldBe("集体经济收入" + string.Join("，", expected) + "。");
        html.QuerySelectorAll("#incomes tbody tr").Length.ShouldBe(12);
    }

    [Fact]
    public async Task A_branch_self_checks_and_the_township_accepts()
    {
        await using var db = app.NewDbContext();
        var year = 2001; // a past year no demo check uses
        var branch = await Browser.LoginAsync(app, "branch");
        var (_, form) = await branch.GetAsync($"/Building/Standardization?year={year}");
        var org = form.QuerySelector("#organizationId option")!.GetAttribute("value")!;
        var next = app.Clock.Today().Year + 1;
        var fields = new Dictionary<string, string> { ["organizationId"] = org, ["year"] = $"{next}", ["items"] = "A1", ["venueArea"] = "120", ["venueMeetsStandard"] = "true" };
        var future = await branch.PostFormAsync("/Building/Standardization?handler=SelfCheck", fields, $"/Building/Standardization?year={year}");
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(future)).QuerySelector("#self-check-year-error")!.TextContent.ShouldContain("年度不能晚于今年");
        (await db.StandardizationChecks.AnyAsync(c => c.Year == next)).ShouldBeFalse("a self-check of a year to come is refused");

        fields["year"] = $"{year}";
        (await branch.PostFormAsync("/Building/Standardization?handler=SelfCheck", fields, $"/Building/Standardization?year={year}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var check = await db.StandardizationChecks.SingleAsync(c => c.Year == year);
        check.ItemsMet.ShouldBe("A1");
        check.Accepted.ShouldBeNull();

        (await branch.PostFormAsync("/Building/Standardization?handler=Accept", new() { ["checkId"] = S(check.Id), ["accepted"] = "true" }, "/Account/ChangePassword"))
            .Headers.Location!.ToString().ShouldContain("/Account/Denied");
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync("/Building/Standardization?handler=Accept", new() { ["checkId"] = S(check.Id), ["accepted"] = "true" }, "/Building/Standardization"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.StandardizationChecks.AsNoTracking().SingleAsync(c => c.Id == check.Id)).Accepted.ShouldBe(true);
    }

    [Fact]
    public async Task Demonstration_titles_are_counted_by_level()
    {
        await using var db = app.NewDbContext();
        var byLevel = await db.DemonstrationTitles.GroupBy(t => t.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var browser = await Browser.LoginAsync(app, "county");
        var (_, html) = await browser.GetAsync("/Building/Titles");
        var text = html.QuerySelector("#title-counts")!.TextContent;
        byLevel.Single(x => x.Key == TitleLevel.County).Count.ShouldBe(2);
        text.ShouldContain("县级2个");
        text.ShouldContain($"市级{byLevel.Single(x => x.Key == TitleLevel.City).Count}个");
        (await db.Organizations.CountAsync(o => o.Level == OrgLevel.TownshipCommittee)).ShouldBeGreaterThan(1);
    }
}
