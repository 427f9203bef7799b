using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static Dangjian.Web.Tests.Guidance.GuidanceWorld;
using Dangjian.Web.Tests.Building;
using Dangjian.Web.Tests.Guidance;
using Dangjian.Web.Tests.Loop;

namespace Dangjian.Web.Tests.Cadres;

/// <summary>Assignments (选派): entered for a past year, corrected with a version check, refused beside the field, counted.</summary>
public sealed class AssignmentPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Fields(int org, string kind, string name, string started, string? ended = null) => new()
    {
        ["Form.OrganizationId"] = S(org), ["Form.Kind"] = kind, ["Form.PersonName"] = name, ["Form.DispatchingUnit"] = "县委组织部",
        ["Form.StartedOn"] = started, ["Form.EndedOn"] = ended ?? "", ["Form.Version"] = "0",
    };

    [Fact]
    public async Task Full_time_secretaries_sent_in_a_past_year_are_counted_in_that_years_report()
    {
        var (_, villages) = await TownshipAsync(app);
        var clerk = await Browser.LoginAsync(app, "clerk");
        for (var i = 0; i < 3; i++)
        {
            await SavedAsync(clerk, "/Cadres/Assignments/Create", Fields(villages[i].Id, "FullTimeSecretary", $"专职书记{i}", "2019-08-01"));
        }

        for (var i = 0; i < 4; i++)
        {
            await SavedAsync(clerk, "/Cadres/Assignments/Create", Fields(villages[i + 3].Id, "FullTimeSecretaryReserve", $"后备{i}", "2019-09-01"));
        }

        await SavedAsync(clerk, "/Cadres/Assignments/Create", Fields(villages[0].Id, "FullTimeSecretary", "上年选派", "2018-12-31"));

        (await FigureAsync(app, "assignments.fulltime-secretary", 2019)).ShouldBe("3名");
        (await FigureAsync(app, "assignments.fulltime-reserve", 2019)).ShouldBe("4名");
        (await HighlightsAsync(app, 2019)).ShouldContain("选派3名专职村书记到村任职，4名专职村书记后备干部到村培养。");
        var (_, list) = await clerk.GetAsync("/Cadres/Assignments");
        list.QuerySelector("#assignments")!.TextContent.ShouldContain("专职书记0");
    }

    [Fact]
    public async Task A_first_secretary_counts_in_every_year_of_the_post_and_the_end_date_is_edited_under_a_version_check()
    {
        var (_, villages) = await TownshipAsync(app);
        var clerk = await Browser.LoginAsync(app, "clerk");
        await SavedAsync(clerk, "/Cadres/Assignments/Create", Fields(villages[6].Id, "WorkTeam", "驻村队员甲", "2015-04-01"));
        int id;
        await using (var db = app.NewDbContext())
        {
            id = await db.Assignments.Where(a => a.PersonName == "驻村队员甲").Select(a => a.Id).SingleAsync();
        }

        (await FigureAsync(app, "assignments.work-team", 2016)).ShouldBe("1名");
        var url = $"/Cadres/Assignments/Edit/{id}";
        var (_, page) = await clerk.GetAsync(url);
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.EndedOn"] = "2015-12-31";
        await SavedAsync(clerk, url, new(fields));
        (await FigureAsync(app, "assignments.work-team", 2016)).ShouldBe("", "ended before 2016: no data, not 0");

        fields["Form.EndedOn"] = "2017-12-31";
        var stale = await RefusedAsync(clerk, url, fields);
        stale.QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");
        await using var check = app.NewDbContext();
        (await check.Assignments.SingleAsync(a => a.Id == id)).EndedOn.ShouldBe(new DateOnly(2015, 12, 31));
    }

    [Fact]
    public async Task Wrong_fields_are_refused_beside_each_field_and_nothing_is_saved()
    {
        var (_, villages) = await TownshipAsync(app);
        var clerk = await Browser.LoginAsync(app, "clerk");
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.Assignments.CountAsync();
        }

        var tomorrow = app.Clock.Today().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var html = await RefusedAsync(clerk, "/Cadres/Assignments/Create", Fields(villages[0].Id, "FirstSecretary", " ", tomorrow));
        Beside.Message(html, "Form.PersonName").ShouldBe("请填写姓名");
        Beside.Message(html, "Form.StartedOn").ShouldContain("选派日期不能晚于今天");

        var ended = await RefusedAsync(clerk, "/Cadres/Assignments/Create", Fields(villages[0].Id, "FirstSecretary", "乙", "2020-05-01", "2020-04-30"));
        Beside.Message(ended, "Form.EndedOn").ShouldBe("结束日期不能早于选派日期");
        Beside.Message(ended, "Form.PersonName").ShouldBeEmpty();

        var garbage = await RefusedAsync(clerk, "/Cadres/Assignments/Create", Fields(0, "Nobody", "丙", "abc"));
        Beside.Message(garbage, "Form.StartedOn").ShouldContain("无法识别");

        await using var check = app.NewDbContext();
        (await check.Assignments.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Another_townships_assignment_is_not_found_for_the_clerk()
    {
        int foreign;
        await using (var db = app.NewDbContext())
        {
            var (township, _) = await TownshipAsync(app);
            var far = await db.Organizations.FirstAsync(o => o.Parent!.Level == Core.Organizations.OrgLevel.TownshipCommittee && o.ParentId != township.Id);
            var row = new Assignment { OrganizationId = far.Id, PersonName = "外乡镇", DispatchingUnit = "县直", StartedOn = new DateOnly(2020, 1, 1) };
            db.Assignments.Add(row);
            await db.SaveChangesAsync();
            foreign = row.Id;
        }

        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.GetAsync($"/Cadres/Assignments/Edit/{foreign}")).Status.ShouldBe(System.Net.HttpStatusCode.NotFound);
        var post = await clerk.PostFormAsync($"/Cadres/Assignments/Edit/{foreign}", new() { ["Form.PersonName"] = "改名", ["Form.Version"] = "0" }, "/Cadres/Assignments/Create");
        post.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        await using var check = app.NewDbContext();
        (await check.Assignments.SingleAsync(a => a.Id == foreign)).PersonName.ShouldBe("外乡镇");
    }
}
