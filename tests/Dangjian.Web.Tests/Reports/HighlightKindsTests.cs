using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// The record kinds added for the long tail can be marked 亮点 too: a project, an honour and a visit to a contact point,
/// each from its own list, and each is written in 一、 under its theme for the year the fact happened.
/// </summary>
public sealed class HighlightKindsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_project_an_honour_and_a_contact_visit_marked_as_highlights_are_written_under_their_themes()
    {
        int township, project, honour, visit, projectYear, honourYear, visitYear;
        await using (var db = app.NewDbContext())
        {
            township = await db.Organizations.Where(o => o.Name == DemoCounty.DetailedTownshipName).Select(o => o.Id).SingleAsync();
            var p = await db.Projects.Where(x => x.Organization!.Path.Contains("/" + township + "/")).OrderBy(x => x.Id).FirstAsync();
            var h = await db.Honours.Where(x => x.Organization!.Path.Contains("/" + township + "/")).OrderBy(x => x.Id).FirstAsync();
            var v = await db.ContactVisits.Where(x => x.ContactPoint!.Organization!.Path.Contains("/" + township + "/")).OrderBy(x => x.Id).FirstAsync();
            (project, projectYear) = (p.Id, (p.CompletedOn ?? p.StartedOn).Year);
            (honour, honourYear) = (h.Id, h.ConferredOn.Year);
            (visit, visitYear) = (v.Id, v.VisitedOn.Year);
        }

        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, projects) = await clerk.GetAsync($"/Building/Projects?year={projectYear}");
        projects.QuerySelector($"a.highlight-link[href='/Reports/Highlights/Edit/{project}?kind=Project']").ShouldNotBeNull();
        var (_, honours) = await clerk.GetAsync($"/Building/Honours?year={honourYear}");
        honours.QuerySelector($"a.highlight-link[href='/Reports/Highlights/Edit/{honour}?kind=Honour']").ShouldNotBeNull();

        await MarkAsync(clerk, $"/Reports/Highlights/Edit/{project}?kind=Project", "pioneer", "建成党建+产业示范基地", "带动农户增收");
        await MarkAsync(clerk, $"/Reports/Highlights/Edit/{honour}?kind=Honour", "foundation", "获评先进基层党组织", "成为全镇学习的标杆");
        await MarkAsync(clerk, $"/Reports/Highlights/Edit/{visit}?kind=ContactVisit", "duty", "到联系村讲授专题党课", "帮助理清发展思路");

        Paragraph(await ComposeAsync(township, projectYear), "聚焦先锋引领").ShouldContain("建成党建+产业示范基地，带动农户增收。");
        Paragraph(await ComposeAsync(township, honourYear), "聚焦基层基础").ShouldContain("获评先进基层党组织，成为全镇学习的标杆。");
        Paragraph(await ComposeAsync(township, visitYear), "聚焦主责主业").ShouldContain("到联系村讲授专题党课，帮助理清发展思路。");
    }

    private static async Task MarkAsync(Browser clerk, string url, string theme, string what, string result)
    {
        var (status, form) = await clerk.GetAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        form.QuerySelector("#Form_Event")!.GetAttribute("value").ShouldNotBeNullOrEmpty("the record's own title is offered as the event");
        var saved = await clerk.PostFormAsync(url, new()
        {
            ["Form.ThemeKey"] = theme, ["Form.Place"] = "", ["Form.Event"] = what, ["Form.Narrative"] = result, ["Form.Version"] = "0",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private async Task<string> ComposeAsync(int township, int year)
    {
        await using var db = app.NewDbContext();
        var org = await db.Organizations.SingleAsync(o => o.Id == township);
        var composed = await ReportDrafts.Composer(db, app.Clock.Today()).ComposeAsync(new ReportInput(org, year));
        return composed.Render(ReportSection.Highlights);
    }

    private static string Paragraph(string report, string theme) =>
        report.Split('\n').Select(l => l.Trim()).Single(l => l.Contains(theme, StringComparison.Ordinal));
}
