using System.Net;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Cadres;

public sealed class CadrePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(ElectionTerm Term, Organization Village)> NewerTermAsync()
    {
        await using var db = app.NewDbContext();
        var term = await db.ElectionTerms.Where(t => t.Organization!.Name == DemoCounty.DetailedTownshipName).OrderByDescending(t => t.ElectedOn).FirstAsync();
        var village = await db.Organizations.Where(o => o.Parent!.Name == DemoCounty.DetailedTownshipName && o.Sector == OrgSector.Village).OrderBy(o => o.Id).FirstAsync();
        return (term, village);
    }

    [Fact]
    public async Task The_clerk_lists_the_cadres_of_the_newest_term()
    {
        var (term, _) = await NewerTermAsync();
        var browser = await Browser.LoginAsync(app, "clerk");
        var (status, html) = await browser.GetAsync("/Cadres");
        status.ShouldBe(HttpStatusCode.OK);
        html.QuerySelector("#term option[selected]")!.TextContent.ShouldBe(term.Name);
        html.QuerySelectorAll("#cadres tbody tr").Length.ShouldBe(50, "the township's cadres run past one page of fifty");
        Dangjian.Web.Tests.Infrastructure.ListPaging.At(html).Total.ShouldBeGreaterThan(60);
        html.QuerySelector("#cadres")!.TextContent.ShouldContain("村党组织书记");
        html.QuerySelector("a[href^='/Cadres/Create']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_branch_secretary_sees_only_the_own_village_and_cannot_edit()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var (status, html) = await browser.GetAsync("/Cadres");
        status.ShouldBe(HttpStatusCode.OK);
        var villages = html.QuerySelectorAll("#cadres tbody tr td:first-child").Select(td => td.TextContent).Distinct().ToList();
        villages.Count.ShouldBeLessThanOrEqualTo(1);
        html.QuerySelector("a[href^='/Cadres/Create']").ShouldBeNull();
        (await browser.Client.GetAsync("/Cadres/Create")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // to /Account/Denied
    }

    [Fact]
    public async Task Creating_a_cadre_without_a_name_or_post_shows_chinese_errors_and_a_valid_one_is_saved()
    {
        var (term, village) = await NewerTermAsync();
        var browser = await Browser.LoginAsync(app, "clerk");
        var fields = new Dictionary<string, string>
        {
            ["Form.TermId"] = term.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.OrganizationId"] = village.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Name"] = "",
            ["Form.BirthDate"] = "1985-06-01",
            ["Form.Sex"] = "Female",
            ["Form.EducationAtElection"] = "Bachelor",
            ["Form.Education"] = "Bachelor",
            ["Form.IsPartyMember"] = "true",
        };
        var bad = await browser.PostFormAsync("/Cadres/Create", new(fields));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = (await Browser.ParseAsync(bad)).QuerySelector("form.edit")!.TextContent;
        text.ShouldContain("请填写姓名");

        // Cross-field rules run once every single field is valid.
        fields["Form.Name"] = "测试委员";
        var noPost = await browser.PostFormAsync("/Cadres/Create", new(fields));
        (await Browser.ParseAsync(noPost)).QuerySelector("form.edit")!.TextContent.ShouldContain("请至少选择一个职务");
        fields["Form.VillagePost"] = "CommitteeMember";
        var good = await browser.PostFormAsync("/Cadres/Create", new(fields));
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var saved = await db.Cadres.SingleAsync(c => c.Person.Name == "测试委员");
        saved.AgeAtElection.ShouldBe(ElectionAge.At(new DateOnly(1985, 6, 1), term.ElectedOn));
        var (_, list) = await browser.GetAsync($"/Cadres?term={term.Id}&village={village.Id}");
        list.QuerySelector("#cadres")!.TextContent.ShouldContain("测试委员");
    }

    [Fact]
    public async Task The_statistics_page_labels_relative_change_and_percentage_points()
    {
        var (term, _) = await NewerTermAsync();
        var browser = await Browser.LoginAsync(app, "secretary");
        var (status, html) = await browser.GetAsync($"/Cadres/Statistics?term={term.Id}");
        status.ShouldBe(HttpStatusCode.OK);
        var head = html.QuerySelector("#election-figures thead")!.TextContent;
        head.ShouldContain("相对变化率");
        head.ShouldContain("百分点");
        var rows = html.QuerySelectorAll("#election-figures tbody tr");
        var age = rows.Single(r => r.Children[0].TextContent == "平均年龄");
        age.Children[3].TextContent.ShouldMatch(@"^较上届(下降|提高)\d+\.\d%（相对变化率）$");
        var school = rows.Single(r => r.Children[0].TextContent == "高中及以上学历占比");
        school.Children[4].TextContent.ShouldMatch(@"^(较上届(提高|下降)\d+个百分点|与上届持平（百分点差）)$");
        html.QuerySelector("#sentence")!.TextContent.ShouldStartWith("村党组织书记平均年龄");
        html.QuerySelector("#reserves-by-source")!.TextContent.ShouldContain("致富带头人");
    }

    [Fact]
    public async Task A_problem_member_needs_a_reason_and_reserves_and_assignments_are_listed()
    {
        var (term, village) = await NewerTermAsync();
        var browser = await Browser.LoginAsync(app, "secretary");
        var bad = await browser.PostFormAsync("/Cadres/Qualifications/Create", new()
        {
            ["Form.TermId"] = term.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.OrganizationId"] = village.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.PersonName"] = "候选人甲",
            ["Form.ReviewedOn"] = "2026-05-01",
            ["Form.Departments"] = "公安局",
            ["Form.Result"] = "Problem",
        });
        (await Browser.ParseAsync(bad)).QuerySelector("form.edit")!.TextContent.ShouldContain("“问题成员”须写明存在的问题");
        var (_, reserves) = await browser.GetAsync("/Cadres/Reserves");
        reserves.QuerySelectorAll("#reserves tbody tr").Length.ShouldBe(30);
        var (_, assignments) = await browser.GetAsync("/Cadres/Assignments");
        assignments.QuerySelector("#assignments")!.TextContent.ShouldContain("第一书记");
        var (_, reviews) = await browser.GetAsync("/Cadres/Qualifications?year=2021");
        reviews.QuerySelector("#reviews")!.TextContent.ShouldContain("问题成员");
    }
}
