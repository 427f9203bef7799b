using System.Globalization;
using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Building;
using Dangjian.Core.Demo;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>The county's honour names, honours of organizations and individuals entered for a past year, and their indicators.</summary>
public sealed class HonoursTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<(Organization Township, List<Organization> Villages)> TownshipAsync()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var villages = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).ToListAsync();
        return (township, villages);
    }

    private async Task<int> NameIdAsync(string name)
    {
        await using var db = app.NewDbContext();
        return await db.HonourNames.Where(n => n.Name == name).Select(n => n.Id).SingleAsync();
    }

    private async Task<string?> CountAsync(Organization township, int year, string filter, string unit)
    {
        await using var db = app.NewDbContext();
        var definition = new IndicatorDefinition { Id = "test.honours", Name = "表彰", Unit = unit, Source = "honours", Kind = IndicatorKind.Count, Filter = filter };
        var service = new IndicatorService(db, IndicatorCatalog.Builtin.With([definition]), app.Clock.Today());
        return (await service.ComputeAsync("test.honours", township, year)).Figure?.Text;
    }

    [Fact]
    public async Task The_county_keeps_its_honour_names_and_a_wrong_one_is_refused_beside_its_field()
    {
        var county = await Browser.LoginAsync(app, "county");
        var empty = await county.PostFormAsync("/Building/HonourNames", new() { ["Form.Name"] = " ", ["Form.Target"] = "", ["Form.Unit"] = "" });
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(empty);
        Beside.Message(html, "Form.Name").ShouldBe("请填写名称");
        Beside.Message(html, "Form.Target").ShouldBe("请选择用于（集体表彰、个人表彰或示范称号）");
        Beside.Message(html, "Form.Unit").ShouldBe("请填写计量单位（10个字以内），如“个”“名”");

        (await county.PostFormAsync("/Building/HonourNames", new() { ["Form.Name"] = "五星级党支部", ["Form.Target"] = "Organization", ["Form.Unit"] = "个" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await Browser.ParseAsync(await county.PostFormAsync("/Building/HonourNames", new() { ["Form.Name"] = "五星级党支部", ["Form.Target"] = "Individual", ["Form.Unit"] = "名" }));
        Beside.Message(again, "Form.Name").ShouldBe("本县已有表彰名称“五星级党支部”");
        await using (var db = app.NewDbContext())
        {
            (await db.HonourNames.CountAsync(n => n.Name == "五星级党支部")).ShouldBe(1);
        }

        // Renaming with a stale version is refused; with the current one it is saved and audited as a change.
        var id = await NameIdAsync("五星级党支部");
        var stale = await Browser.ParseAsync(await county.PostFormAsync("/Building/HonourNames",
            new() { ["Form.Id"] = S(id), ["Form.Name"] = "五星级村党组织", ["Form.Target"] = "Organization", ["Form.Unit"] = "个", ["Form.Version"] = "7" }));
        stale.QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");
        (await county.PostFormAsync("/Building/HonourNames", new() { ["Form.Id"] = S(id), ["Form.Name"] = "五星级村党组织", ["Form.Target"] = "Organization", ["Form.Unit"] = "个", ["Form.Version"] = "0" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            (await db.HonourNames.SingleAsync(n => n.Id == id)).Name.ShouldBe("五星级村党组织");
            (await db.AuditEntries.AnyAsync(a => a.TargetType == nameof(HonourName) && a.TargetId == S(id) && a.Action == AuditAction.Update)).ShouldBeTrue();
        }

        // The township reads the list but cannot change it.
        var secretary = await Browser.LoginAsync(app, "secretary");
        var (status, list) = await secretary.GetAsync("/Building/HonourNames");
        status.ShouldBe(HttpStatusCode.OK);
        list.QuerySelector("#honour-names")!.TextContent.ShouldContain("五星级村党组织");
        list.QuerySelector("input[name='Form.Name']").ShouldBeNull();
        var denied = await secretary.PostFormAsync("/Building/HonourNames", new() { ["Form.Name"] = "乡镇自定", ["Form.Target"] = "Organization", ["Form.Unit"] = "个" }, "/Account/ChangePassword");
        denied.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    [Fact]
    public async Task Honours_of_an_organization_and_of_individuals_entered_for_a_past_year_count_by_level_name_and_target()
    {
        var (township, villages) = await TownshipAsync();
        var year = app.Clock.Today().Year - 3;
        var on = new DateOnly(year, 6, 28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Member member;
        await using (var db = app.NewDbContext())
        {
            member = await db.Members.Where(m => m.OrganizationId == villages[2].Id && m.State == MemberState.Active).OrderBy(m => m.Id).FirstAsync();
        }

        var advanced = S(await NameIdAsync("先进基层党组织"));
        var excellent = S(await NameIdAsync("优秀共产党员"));
        var worker = S(await NameIdAsync("优秀党务工作者"));
        var clerk = await Browser.LoginAsync(app, "clerk");
        const string url = "/Building/Honours/Create";

        // Refused beside the field, nothing saved: a future date, an individual honour with nobody named, a person on a collective honour.
        var future = app.Clock.Today().AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var refused = await Browser.ParseAsync(await clerk.PostFormAsync(url,
            new() { ["Form.OrganizationId"] = S(villages[2].Id), ["Form.HonourNameId"] = excellent, ["Form.Level"] = "County", ["Form.ConferredOn"] = future }));
        Beside.Message(refused, "Form.ConferredOn").ShouldStartWith("表彰日期不能晚于今天");
        Beside.Message(refused, "Form.PersonName").ShouldBe("个人表彰请选择党员或填写姓名");
        var collective = await Browser.ParseAsync(await clerk.PostFormAsync(url,
            new() { ["Form.OrganizationId"] = S(villages[0].Id), ["Form.HonourNameId"] = advanced, ["Form.Level"] = "", ["Form.ConferredOn"] = on, ["Form.PersonName"] = "李四" }));
        Beside.Message(collective, "Form.PersonName").ShouldBe("“先进基层党组织”是集体表彰，不填写个人");
        Beside.Message(collective, "Form.Level").ShouldBe("请选择表彰级别");
        var elsewhere = await Browser.ParseAsync(await clerk.PostFormAsync(url,
            new() { ["Form.OrganizationId"] = S(villages[0].Id), ["Form.HonourNameId"] = excellent, ["Form.Level"] = "City", ["Form.ConferredOn"] = on, ["Form.MemberId"] = S(member.Id) }));
        Beside.Message(elsewhere, "Form.MemberId").ShouldBe("所选党员不在该党组织，请重新选择");
        await using (var db = app.NewDbContext())
        {
            (await db.Honours.CountAsync(h => h.ConferredOn.Year == year)).ShouldBe(0);
        }

        async Task EnterAsync(Dictionary<string, string> fields)
        {
            var saved = await clerk.PostFormAsync(url, fields);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Browser.ParseAsync(saved)).QuerySelector("#errors")?.TextContent);
        }

        await EnterAsync(new() { ["Form.OrganizationId"] = S(villages[0].Id), ["Form.HonourNameId"] = advanced, ["Form.Level"] = "City", ["Form.ConferredOn"] = on, ["Form.ConferredBy"] = "市委" });
        await EnterAsync(new() { ["Form.OrganizationId"] = S(villages[1].Id), ["Form.HonourNameId"] = advanced, ["Form.Level"] = "County", ["Form.ConferredOn"] = on });
        await EnterAsync(new() { ["Form.OrganizationId"] = S(villages[2].Id), ["Form.HonourNameId"] = excellent, ["Form.Level"] = "City", ["Form.ConferredOn"] = on, ["Form.MemberId"] = S(member.Id) });
        await EnterAsync(new() { ["Form.OrganizationId"] = S(villages[2].Id), ["Form.HonourNameId"] = excellent, ["Form.Level"] = "County", ["Form.ConferredOn"] = on, ["Form.PersonName"] = "赵老栓（已故）" });
        await EnterAsync(new() { ["Form.OrganizationId"] = S(township.Id), ["Form.HonourNameId"] = worker, ["Form.Level"] = "Province", ["Form.ConferredOn"] = on, ["Form.PersonName"] = "周红" });

        // The same honour of the same person in the same year is entered once.
        var twice = await Browser.ParseAsync(await clerk.PostFormAsync(url,
            new() { ["Form.OrganizationId"] = S(villages[2].Id), ["Form.HonourNameId"] = excellent, ["Form.Level"] = "City", ["Form.ConferredOn"] = on, ["Form.MemberId"] = S(member.Id) }));
        Beside.Message(twice, "Form.HonourNameId").ShouldBe($"{year}年已登记过同一级别的“优秀共产党员”");

        (await CountAsync(township, year, "", "项")).ShouldBe("5项");
        (await CountAsync(township, year, "target=Organization", "个")).ShouldBe("2个");
        (await CountAsync(township, year, "target=Individual", "名")).ShouldBe("3名");
        (await CountAsync(township, year, "level=City", "项")).ShouldBe("2项");
        (await CountAsync(township, year, "level=City,Province;target=Individual", "名")).ShouldBe("2名");
        (await CountAsync(township, year, "name=优秀共产党员,优秀党务工作者", "名")).ShouldBe("3名");
        (await CountAsync(township, year, "name=优秀共产党员;level=County", "名")).ShouldBe("1名");
        (await CountAsync(township, year, "level=National", "项")).ShouldBeNull("no data is not zero");
        (await CountAsync(township, year - 1, "", "项")).ShouldBeNull("counted in the year conferred");

        await using (var db = app.NewDbContext())
        {
            var linked = await db.Honours.SingleAsync(h => h.MemberId == member.Id && h.ConferredOn.Year == year);
            linked.PersonName.ShouldBeNull();
            (await db.Honours.SingleAsync(h => h.PersonName == "周红")).MemberId.ShouldBeNull();
        }

        var (_, list) = await clerk.GetAsync($"/Building/Honours?year={year}");
        list.QuerySelector("#honour-counts")!.TextContent.ShouldStartWith("集体表彰2个，个人表彰3名");
        list.QuerySelector("#honours")!.TextContent.ShouldContain($"{member.Name}（{villages[2].Name}）");
    }

    [Fact]
    public async Task An_honour_count_is_in_its_names_unit_and_a_title_target_is_refused()
    {
        var (township, villages) = await TownshipAsync();
        var year = app.Clock.Today().Year - 6; // a year no other test here uses (they use -2, -3 and check -4 is empty)
        await using (var db = app.NewDbContext())
        {
            var banner = new HonourName { OrganizationId = township.ParentId!.Value, Name = "流动红旗党支部", Target = HonourTarget.Organization, Unit = "面", SortOrder = 99 };
            db.HonourNames.Add(banner);
            await db.SaveChangesAsync();
            db.Honours.AddRange(
                new Honour { OrganizationId = villages[0].Id, HonourNameId = banner.Id, Level = TitleLevel.County, ConferredOn = new DateOnly(year, 6, 1), EnteredBy = "test" },
                new Honour { OrganizationId = villages[1].Id, HonourNameId = banner.Id, Level = TitleLevel.County, ConferredOn = new DateOnly(year, 9, 1), EnteredBy = "test" });
            await db.SaveChangesAsync();
        }

        (await CountAsync(township, year, "name=流动红旗党支部", "项")).ShouldBe("2面");
        (await CountAsync(township, year, "target=Organization", "个")).ShouldBe("2面", "every counted honour's name is in 面");
        Should.Throw<InvalidOperationException>(() => HonourFilter.Parse("target=Title")).Message.ShouldContain("target=Organization 或 Individual");
        Should.Throw<InvalidOperationException>(async () => await CountAsync(township, year, "target=Title", "个"));
    }

    [Fact]
    public async Task An_honour_is_corrected_with_its_version_and_another_townships_honour_is_not_found()
    {
        var (township, villages) = await TownshipAsync();
        int own, foreign;
        await using (var db = app.NewDbContext())
        {
            var name = await db.HonourNames.SingleAsync(n => n.Name == "先进基层党组织");
            var other = await db.Organizations.FirstAsync(o => o.Level == OrgLevel.TownshipCommittee && o.Id != township.Id);
            var day = new DateOnly(app.Clock.Today().Year - 2, 7, 1);
            var a = new Honour { OrganizationId = villages[3].Id, HonourNameId = name.Id, Level = TitleLevel.County, ConferredOn = day, EnteredBy = "test" };
            var b = new Honour { OrganizationId = other.Id, HonourNameId = name.Id, Level = TitleLevel.County, ConferredOn = day, EnteredBy = "test" };
            db.Honours.AddRange(a, b);
            await db.SaveChangesAsync();
            (own, foreign) = (a.Id, b.Id);
        }

        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Building/Honours/Edit/{own}";
        var (_, form) = await clerk.GetAsync(url);
        form.QuerySelector("select[name='Form.Level'] option[selected]")!.GetAttribute("value").ShouldBe("County");
        Dictionary<string, string> Fields(string version) => new()
        {
            ["Form.OrganizationId"] = S(villages[3].Id), ["Form.HonourNameId"] = form.QuerySelector("select[name='Form.HonourNameId'] option[selected]")!.GetAttribute("value")!,
            ["Form.Level"] = "City", ["Form.ConferredOn"] = $"{app.Clock.Today().Year - 2}-07-01", ["Form.Version"] = version,
        };

        var stale = await Browser.ParseAsync(await clerk.PostFormAsync(url, Fields("5")));
        stale.QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");
        (await clerk.PostFormAsync(url, Fields("0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var saved = await db.Honours.SingleAsync(h => h.Id == own);
            (saved.Level, saved.Version).ShouldBe((TitleLevel.City, 1));
        }

        (await clerk.GetAsync($"/Building/Honours/Edit/{foreign}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.PostFormAsync($"/Building/Honours/Edit/{foreign}", Fields("0"), url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var branch = await Browser.LoginAsync(app, "branch");
        var (_, branchList) = await branch.GetAsync($"/Building/Honours?year={app.Clock.Today().Year - 2}");
        branchList.QuerySelectorAll("#honours tbody tr").Length.ShouldBe(0, "the branch sees neither its neighbour's nor another township's honours");
        (await branch.GetAsync($"/Building/Honours/Edit/{foreign}")).Status.ShouldNotBe(HttpStatusCode.OK);
    }
}
