using System.Net;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static Dangjian.Web.Tests.Guidance.GuidanceWorld;
using Dangjian.Web.Tests.Cadres;
using Dangjian.Web.Tests.Guidance;
using Dangjian.Web.Tests.Loop;

namespace Dangjian.Web.Tests.Building;

/// <summary>Projects: a past year's projects by kind and status, with their funds, in the report; validation; versions; scope.</summary>
public sealed class ProjectPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> KindAsync(string code)
    {
        await using var db = app.NewDbContext();
        return await db.GuidanceKinds.Where(k => k.OrganizationId == null && k.Family == GuidanceFamily.Project && k.Code == code).Select(k => k.Id).SingleAsync();
    }

    private static Dictionary<string, string> Fields(int org, string name, int kind, string status, string started, string completed = "", string amount = "") => new()
    {
        ["Form.OrganizationId"] = S(org), ["Form.Name"] = name, ["Form.KindId"] = S(kind), ["Form.Status"] = status, ["Form.StartedOn"] = started,
        ["Form.CompletedOn"] = completed, ["Form.Amount"] = amount, ["Form.Outcome"] = "", ["Form.Version"] = "0",
    };

    [Fact]
    public async Task A_past_years_projects_are_counted_by_status_and_kind_with_their_funds()
    {
        var (_, villages) = await TownshipAsync(app);
        var (demonstration, industry) = (await KindAsync("demonstration"), await KindAsync("industry"));
        var clerk = await Browser.LoginAsync(app, "clerk");
        await SavedAsync(clerk, "/Building/Projects/Create", Fields(villages[0].Id, "村级活动阵地改扩建", demonstration, "Completed", "2016-03-01", "2016-10-01", "35"));
        await SavedAsync(clerk, "/Building/Projects/Create", Fields(villages[1].Id, "光伏发电项目", industry, "UnderWay", "2016-06-01", "", "80.5"));
        await SavedAsync(clerk, "/Building/Projects/Create", Fields(villages[2].Id, "马铃薯种植基地", industry, "Completed", "2015-04-01", "2015-11-30", "12"));
        await SavedAsync(clerk, "/Building/Projects/Create", Fields(villages[3].Id, "拱棚蔬菜小区", industry, "Planned", "2016-09-01"));

        (await FigureAsync(app, "projects.all", 2016)).ShouldBe("2个");
        (await FigureAsync(app, "projects.completed", 2016)).ShouldBe("1个");
        (await FigureAsync(app, "projects.industry", 2016)).ShouldBe("1个");
        (await FigureAsync(app, "projects.amount", 2016)).ShouldBe("115.5万元");
        (await FigureAsync(app, "projects.all", 2017)).ShouldBe("1个", "the one under way runs on; the completed one does not");
        (await HighlightsAsync(app, 2016)).ShouldContain("年内实施党建示范和党建+产业项目2个，建成1个，投入资金115.5万元。");
        var (_, list) = await clerk.GetAsync("/Building/Projects?year=2016");
        list.QuerySelector("#projects")!.TextContent.ShouldContain("拱棚蔬菜小区");
    }

    [Fact]
    public async Task Wrong_fields_are_refused_beside_each_field_and_nothing_is_saved()
    {
        var (_, villages) = await TownshipAsync(app);
        var kind = await KindAsync("demonstration");
        var clerk = await Browser.LoginAsync(app, "clerk");
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.Projects.CountAsync();
        }

        var html = await RefusedAsync(clerk, "/Building/Projects/Create", Fields(villages[0].Id, "", kind, "Completed", "2020-05-01", "", "-3"));
        Beside.Message(html, "Form.Name").ShouldBe("请填写项目名称");
        Beside.Message(html, "Form.CompletedOn").ShouldBe("请填写完成日期");
        Beside.Message(html, "Form.Amount").ShouldContain("金额（万元）应大于0");

        var underWay = await RefusedAsync(clerk, "/Building/Projects/Create", Fields(villages[0].Id, "项目", 0, "UnderWay", "2020-05-01", "2020-06-01"));
        Beside.Message(underWay, "Form.CompletedOn").ShouldContain("只有状态为“完成”的项目填写完成日期");
        Beside.Message(underWay, "Form.KindId").ShouldBe("请选择项目类别");

        var backwards = await RefusedAsync(clerk, "/Building/Projects/Create", Fields(villages[0].Id, "项目", kind, "Completed", "2020-05-01", "2020-04-01"));
        Beside.Message(backwards, "Form.CompletedOn").ShouldBe("完成日期不能早于开工日期");

        await using var check = app.NewDbContext();
        (await check.Projects.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_project_edited_meanwhile_is_not_overwritten_and_another_townships_is_not_found()
    {
        var (township, villages) = await TownshipAsync(app);
        var kind = await KindAsync("industry");
        var clerk = await Browser.LoginAsync(app, "clerk");
        await SavedAsync(clerk, "/Building/Projects/Create", Fields(villages[4].Id, "向日葵种植", kind, "UnderWay", "2021-04-01"));
        int id, foreign;
        await using (var db = app.NewDbContext())
        {
            id = await db.Projects.Where(p => p.Name == "向日葵种植").Select(p => p.Id).SingleAsync();
            var far = await db.Organizations.FirstAsync(o => o.Parent!.Level == Core.Organizations.OrgLevel.TownshipCommittee && o.ParentId != township.Id);
            var row = new Project { OrganizationId = far.Id, Name = "外乡镇项目", KindId = kind, StartedOn = new DateOnly(2021, 1, 1), Status = ProjectStatus.UnderWay };
            db.Projects.Add(row);
            await db.SaveChangesAsync();
            foreign = row.Id;
        }

        var url = $"/Building/Projects/Edit/{id}";
        var (_, page) = await clerk.GetAsync(url);
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Status"] = "Completed";
        fields["Form.CompletedOn"] = "2021-11-20";
        fields["Form.Outcome"] = "3500亩向日葵带动120户增收";
        await SavedAsync(clerk, url, new(fields));
        fields["Form.Outcome"] = "后来的修改";
        (await RefusedAsync(clerk, url, fields)).QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");

        (await clerk.GetAsync($"/Building/Projects/Edit/{foreign}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.PostFormAsync($"/Building/Projects/Edit/{foreign}", new(fields), "/Building/Projects/Create")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var check = app.NewDbContext();
        (await check.Projects.SingleAsync(p => p.Id == id)).Outcome.ShouldBe("3500亩向日葵带动120户增收");
        (await check.Projects.SingleAsync(p => p.Id == foreign)).Name.ShouldBe("外乡镇项目");
    }
}
