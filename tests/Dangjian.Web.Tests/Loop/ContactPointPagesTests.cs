using System.Net;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static Dangjian.Web.Tests.Guidance.GuidanceWorld;
using Dangjian.Web.Tests.Building;
using Dangjian.Web.Tests.Cadres;
using Dangjian.Web.Tests.Guidance;

namespace Dangjian.Web.Tests.Loop;

/// <summary>Leaders' contact points and visits: the leader is an account, kinds are the county's, figures come from relations.</summary>
public sealed class ContactPointPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int Secretary, int Liaison, string LiaisonName, int Weak)> PeopleAsync()
    {
        await using var db = app.NewDbContext();
        var secretary = await db.Users.SingleAsync(u => u.UserName == "secretary");
        var liaison = await db.Users.SingleAsync(u => u.UserName == "liaison");
        var weak = await db.GuidanceKinds.SingleAsync(k => k.OrganizationId == null && k.Family == GuidanceFamily.ContactPoint && k.Code == "weak");
        return (secretary.Id, liaison.Id, liaison.DisplayName, weak.Id);
    }

    private static Dictionary<string, string> Fields(int org, int? leader, int kind, string started, string? typed = null) => new()
    {
        ["Form.OrganizationId"] = S(org), ["Form.LeaderUserId"] = leader is { } l ? S(l) : "", ["Form.LeaderName"] = typed ?? "",
        ["Form.KindId"] = S(kind), ["Form.StartedOn"] = started, ["Form.EndedOn"] = "", ["Form.Note"] = "", ["Form.Version"] = "0",
    };

    private async Task<int> PointOfAsync(int org)
    {
        await using var db = app.NewDbContext();
        return await db.ContactPoints.Where(c => c.OrganizationId == org).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    [Fact]
    public async Task The_secretarys_weak_contact_point_of_a_past_year_prints_in_the_report_and_visits_are_counted()
    {
        var (_, villages) = await TownshipAsync(app);
        var (secretary, liaison, _, weak) = await PeopleAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        await SavedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[3].Id, secretary, weak, "2018-03-01"));
        await SavedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[4].Id, secretary, weak, "2017-06-01"));
        await SavedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[5].Id, liaison, weak, "2018-04-01"));

        (await FigureAsync(app, "contacts.secretary-weak", 2018)).ShouldBe("2个");
        (await FigureAsync(app, "contacts.weak", 2018)).ShouldBe("3个");
        (await FigureAsync(app, "contacts.secretary-weak", 2017)).ShouldBe("1个");
        (await HighlightsAsync(app, 2018)).ShouldContain("联系包抓2个基层软弱涣散党组织");

        var point = await PointOfAsync(villages[5].Id);
        var visit = $"/Loop/Contacts/Visit/{point}";
        await SavedAsync(clerk, visit, new() { ["Form.VisitedOn"] = "2018-05-10", ["Form.Kind"] = "Lecture", ["Form.Activity"] = "讲授专题党课", ["Form.Version"] = "0" });
        await SavedAsync(clerk, visit, new() { ["Form.VisitedOn"] = "2018-07-02", ["Form.Kind"] = "Research", ["Form.Activity"] = "调研合作社", ["Form.Version"] = "0" });
        (await FigureAsync(app, "contact-visits.lectures", 2018)).ShouldBe("1次");
        (await FigureAsync(app, "contact-visits.all", 2018)).ShouldBe("2次");

        var early = await RefusedAsync(clerk, visit, new() { ["Form.VisitedOn"] = "2018-03-01", ["Form.Kind"] = "Lecture", ["Form.Activity"] = "", ["Form.Version"] = "0" });
        Beside.Message(early, "Form.VisitedOn").ShouldContain("走访日期不能早于联系起始日期");
        Beside.Message(early, "Form.Activity").ShouldBe("请填写做了什么");
        (await FigureAsync(app, "contact-visits.all", 2018)).ShouldBe("2次", "nothing saved on error");

        var (_, details) = await clerk.GetAsync($"/Loop/Contacts/Details/{point}");
        details.QuerySelector("#visits")!.TextContent.ShouldContain("调研合作社");
        var (_, list) = await clerk.GetAsync("/Loop/Contacts?year=2018");
        list.QuerySelector("#contact-counts")!.TextContent.ShouldContain("走访 2 次，其中上党课 1 次");
    }

    [Fact]
    public async Task A_leader_with_an_account_cannot_be_typed_and_wrong_fields_are_refused_beside_them()
    {
        var (township, villages) = await TownshipAsync(app);
        var (_, liaison, liaisonName, weak) = await PeopleAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.ContactPoints.CountAsync();
        }

        var typed = await RefusedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[0].Id, null, weak, "2020-01-01", liaisonName));
        Beside.Message(typed, "Form.LeaderName").ShouldContain("已有账号");

        var nobody = await RefusedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[0].Id, null, 0, "1999-01-01"));
        Beside.Message(nobody, "Form.LeaderUserId").ShouldContain("请选择联系领导");
        Beside.Message(nobody, "Form.KindId").ShouldBe("请选择联系点类别");
        Beside.Message(nobody, "Form.StartedOn").ShouldContain("不能早于2000年1月1日");

        var self = await RefusedAsync(clerk, "/Loop/Contacts/Create", Fields(township.Id, liaison, weak, "2020-01-01"));
        Beside.Message(self, "Form.LeaderUserId").ShouldContain("所联系的党组织应在其下");

        await using var check = app.NewDbContext();
        (await check.ContactPoints.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_contact_point_edited_meanwhile_is_not_overwritten()
    {
        var (_, villages) = await TownshipAsync(app);
        var (_, liaison, _, weak) = await PeopleAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        await SavedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[7].Id, liaison, weak, "2021-02-01"));
        var point = await PointOfAsync(villages[7].Id);
        var url = $"/Loop/Contacts/Edit/{point}";
        var (_, page) = await clerk.GetAsync(url);
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.EndedOn"] = "2022-12-31";
        await SavedAsync(clerk, url, new(fields));
        fields["Form.Note"] = "后来的修改";
        (await RefusedAsync(clerk, url, fields)).QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");
        await using var db = app.NewDbContext();
        var row = await db.ContactPoints.SingleAsync(c => c.Id == point);
        (row.EndedOn, row.Note).ShouldBe((new DateOnly(2022, 12, 31), (string?)null));
    }

    [Fact]
    public async Task A_branch_cannot_see_another_villages_contact_point()
    {
        var (_, villages) = await TownshipAsync(app);
        var (_, liaison, _, weak) = await PeopleAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        await SavedAsync(clerk, "/Loop/Contacts/Create", Fields(villages[8].Id, liaison, weak, "2021-02-01"));
        var point = await PointOfAsync(villages[8].Id);
        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.GetAsync($"/Loop/Contacts/Details/{point}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/Loop/Contacts/Details/{point}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_county_adds_its_own_kind_which_townships_then_choose()
    {
        var county = await Browser.LoginAsync(app, "county");
        var empty = await RefusedAsync(county, "/Loop/Contacts/Kinds", new() { ["Form.Family"] = "ContactPoint", ["Form.Code"] = "Key Village", ["Form.Name"] = "", ["Form.SortOrder"] = "9", ["Form.Version"] = "0" });
        Beside.Message(empty, "Form.Code").ShouldContain("编码只用小写英文字母");
        Beside.Message(empty, "Form.Name").ShouldBe("请填写名称");

        await SavedAsync(county, "/Loop/Contacts/Kinds", new() { ["Form.Family"] = "ContactPoint", ["Form.Code"] = "key-village", ["Form.Name"] = "乡村振兴重点帮扶村", ["Form.SortOrder"] = "9", ["Form.Version"] = "0" });
        var again = await RefusedAsync(county, "/Loop/Contacts/Kinds", new() { ["Form.Family"] = "ContactPoint", ["Form.Code"] = "key-village", ["Form.Name"] = "重复", ["Form.SortOrder"] = "9", ["Form.Version"] = "0" });
        Beside.Message(again, "Form.Code").ShouldContain("本县已有编码");

        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, form) = await clerk.GetAsync("/Loop/Contacts/Create");
        form.QuerySelector("#Form_KindId")!.TextContent.ShouldContain("乡村振兴重点帮扶村");
        (await clerk.GetAsync("/Loop/Contacts/Kinds")).Html.QuerySelector("#Form_Name").ShouldBeNull("only the county keeps the kinds");
    }
}
