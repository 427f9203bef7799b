using System.Globalization;
using System.Net;
using Dangjian.Core.Building;
using Dangjian.Core.Demo;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>
/// Demonstration titles are chosen from the county's list of title names (kept beside its honour names, each with a unit):
/// wrong choices are refused beside the field with nothing saved, and a county indicator on one name prints the list's unit.
/// </summary>
public sealed class TitleNamesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_title_is_a_choice_from_the_county_list_checked_beside_its_field_and_counted_in_the_list_unit()
    {
        var year = app.Clock.Today().Year;
        int township;
        Organization village, outside;
        int advancedHonour;
        await using (var db = app.NewDbContext())
        {
            township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
            village = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township && o.Sector == OrgSector.Village && o.IsActive).OrderBy(o => o.SortOrder).FirstAsync();
            outside = await db.Organizations.AsNoTracking().FirstAsync(o => o.Level == OrgLevel.Branch && o.Parent!.Level == OrgLevel.TownshipCommittee && o.ParentId != township);
            advancedHonour = (await db.HonourNames.SingleAsync(n => n.Name == "先进基层党组织" && n.Target == HonourTarget.Organization)).Id;
        }

        // The county adds two title names (one may share a collective honour's name); a second title of the same name is refused.
        var county = await Browser.LoginAsync(app, "county");
        foreach (var (name, retired) in new[] { ("五星级党支部", "false"), ("先进基层党组织", "false"), ("四星级党支部", "true") })
        {
            (await county.PostFormAsync("/Building/HonourNames", new() { ["Form.Name"] = name, ["Form.Target"] = "Title", ["Form.Unit"] = "家", ["Form.Retired"] = retired }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect, name);
        }

        var twice = await Browser.ParseAsync(await county.PostFormAsync("/Building/HonourNames", new() { ["Form.Name"] = "五星级党支部", ["Form.Target"] = "Title", ["Form.Unit"] = "个" }));
        Beside.Message(twice, "Form.Name").ShouldBe("本县已有称号名称“五星级党支部”");
        int star, starRetired;
        await using (var db = app.NewDbContext())
        {
            (await db.HonourNames.CountAsync(n => n.Name == "五星级党支部")).ShouldBe(1);
            star = (await db.HonourNames.SingleAsync(n => n.Name == "五星级党支部")).Id;
            starRetired = (await db.HonourNames.SingleAsync(n => n.Name == "四星级党支部")).Id;
        }

        // The titles page offers the county's title names in use, not honour names nor retired ones.
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, page) = await clerk.GetAsync("/Building/Titles");
        var offered = page.QuerySelectorAll("#Form_TitleNameId option").Select(o => o.TextContent.Trim()).ToList();
        offered.ShouldContain("五星级党支部");
        offered.ShouldContain("县级示范党支部");
        offered.ShouldNotContain("四星级党支部");
        offered.ShouldNotContain("优秀共产党员");
        page.QuerySelector("#Form_Title").ShouldBeNull("the title is no longer typed");

        // The honours form does not offer title names, and a title name posted there is refused.
        var (_, honourForm) = await clerk.GetAsync("/Building/Honours/Create");
        honourForm.QuerySelectorAll("#Form_HonourNameId option").Select(o => o.TextContent.Trim()).ShouldNotContain(t => t.StartsWith("五星级党支部", StringComparison.Ordinal));

        var fields = new Dictionary<string, string>
        {
            ["Form.OrganizationId"] = S(village.Id), ["Form.Level"] = nameof(TitleLevel.County), ["Form.Year"] = S(year), ["Form.TitleNameId"] = "",
        };
        var none = await Browser.ParseAsync(await clerk.PostFormAsync("/Building/Titles", fields));
        Beside.Message(none, "Form.TitleNameId").ShouldBe("请选择称号。");
        none.QuerySelector($"#Form_OrganizationId option[value='{village.Id}']")!.HasAttribute("selected").ShouldBeTrue();
        var honour = await Browser.ParseAsync(await clerk.PostFormAsync("/Building/Titles", new(fields) { ["Form.TitleNameId"] = S(advancedHonour) }));
        Beside.Message(honour, "Form.TitleNameId").ShouldBe("请选择本县的称号。");
        var old = await Browser.ParseAsync(await clerk.PostFormAsync("/Building/Titles", new(fields) { ["Form.TitleNameId"] = S(starRetired) }));
        Beside.Message(old, "Form.TitleNameId").ShouldBe("称号“四星级党支部”已停用。");
        var made = await Browser.ParseAsync(await clerk.PostFormAsync("/Building/Titles", new(fields) { ["Form.TitleNameId"] = "99999" }));
        Beside.Message(made, "Form.TitleNameId").ShouldBe("请选择本县的称号。");
        await using (var db = app.NewDbContext())
        {
            (await db.DemonstrationTitles.CountAsync(t => t.OrganizationId == village.Id && t.Year == year)).ShouldBe(0, "nothing is saved on error");
        }

        fields["Form.TitleNameId"] = S(star);
        (await clerk.PostFormAsync("/Building/Titles", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await Browser.ParseAsync(await clerk.PostFormAsync("/Building/Titles", fields));
        Beside.Message(again, "Form.TitleNameId").ShouldBe($"{village.Name}{year}年已登记过县级“五星级党支部”。");
        var foreign = await Browser.ParseAsync(await clerk.PostFormAsync("/Building/Titles", new(fields) { ["Form.OrganizationId"] = S(outside.Id) }));
        Beside.Message(foreign, "Form.OrganizationId").ShouldBe("找不到该党组织，或无权为其登记。");
        await using (var db = app.NewDbContext())
        {
            var saved = await db.DemonstrationTitles.SingleAsync(t => t.OrganizationId == village.Id && t.Year == year);
            saved.TitleNameId.ShouldBe(star);
            (await db.DemonstrationTitles.CountAsync(t => t.OrganizationId == outside.Id && t.Year == year)).ShouldBe(0);
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(DemonstrationTitle) && e.TargetId == S(saved.Id) && e.UserName == "clerk")).ShouldBe(1);
        }

        var (_, list) = await clerk.GetAsync("/Building/Titles");
        list.QuerySelector("#titles")!.TextContent.ShouldContain("五星级党支部");

        // A county indicator on the one name: the sentence is in the list's unit (家), not the indicator form's (个).
        var (_, form) = await county.GetAsync("/Reports/Template/Indicators");
        var indicator = TemplateForms.Fields(form);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Form.Id"] = "county.five-star", ["Form.Name"] = "五星级党支部", ["Form.Unit"] = "个", ["Form.Source"] = "titles", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "name=五星级党支部", ["Form.Place"] = "4-new", ["Form.Clause"] = "新评“五星级党支部”{{fig:county.five-star}}",
        })
        {
            indicator[key] = value;
        }

        var response = await county.PostFormAsync("/Reports/Template/Indicators", indicator);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Browser.ParseAsync(response)).QuerySelector("#errors")?.TextContent);
        (await clerk.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = S(year) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await clerk.GetAsync($"/Reports/Draft?org={township}&year={year}");
        draft.QuerySelector("#report")!.TextContent.ShouldContain("新评“五星级党支部”1家");
    }

    [Fact]
    public async Task A_title_filter_naming_an_unknown_part_is_refused_when_the_county_saves_the_indicator()
    {
        var county = await Browser.LoginAsync(app, "county");
        var (_, form) = await county.GetAsync("/Reports/Template/Indicators");
        var indicator = TemplateForms.Fields(form);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Form.Id"] = "county.titles-wrong", ["Form.Name"] = "称号", ["Form.Unit"] = "个", ["Form.Source"] = "titles", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "colour=red", ["Form.Place"] = "4-new", ["Form.Clause"] = "获评称号{{fig:county.titles-wrong}}",
        })
        {
            indicator[key] = value;
        }

        var response = await county.PostFormAsync("/Reports/Template/Indicators", indicator);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(response)).QuerySelector("#errors")!.TextContent.ShouldContain("示范称号的筛选条件“colour=red”无法识别");
        await using var db = app.NewDbContext();
        (await db.CountyReportTemplates.AnyAsync(t => t.Json.Contains("county.titles-wrong"))).ShouldBeFalse();
    }
}
