using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Audit;
using Dangjian.Core.Building;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Dangjian.Web.Tests.Dashboard;

/// <summary>The county's townships side by side: the county's home and /Reports/Overview, its sorting and its .xlsx.</summary>
public sealed class CountyOverviewTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly (string Column, string Indicator, bool Rate)[] Indicators =
    [
        ("compliance", "compliance.rate", true), ("overdue", "rectification.overdue", false), ("developed", "members.developed", false),
        ("weak", "weak.identified", false), ("converted", "weak.converted", false), ("unconverted", "weak.unconverted", false),
    ];

    private static string Cell(IHtmlDocument html, int org, string column) =>
        html.QuerySelector($"#overview tr[data-org='{org}'] td[data-column='{column}']")!.TextContent.Trim();

    [Fact]
    public async Task Every_figure_equals_the_indicator_computed_for_that_township_alone()
    {
        var today = app.Clock.Today();
        Organization township;
        List<Organization> townships;
        Organization village;
        await using (var db = app.NewDbContext())
        {
            townships = await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee).ToListAsync();
            township = townships.Single(t => t.Name == DemoCounty.DetailedTownshipName);
            village = await db.Organizations.AsNoTracking().FirstAsync(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && o.IsActive);
        }

        var problem = $"对比逾期{Guid.NewGuid():N}";
        await HomeWorld.ItemAsync(app, village, problem, today.AddDays(-10), today.AddDays(-2));
        await HomeWorld.ItemAsync(app, village, problem + "已报送", today.AddDays(-10), today.AddDays(-2), submitted: today.AddDays(-1));
        await using (var db = app.NewDbContext())
        {
            db.WeakOrganizations.Add(new WeakOrganization { OrganizationId = village.Id, Year = today.Year, Reasons = "测试", ConfirmedOn = today.AddDays(-1) });
            db.ReportDrafts.Where(d => d.OrganizationId == township.Id && d.Year == today.Year).ExecuteDelete();
            db.ReportDrafts.Add(new ReportDraft { OrganizationId = township.Id, Year = today.Year, Number = 1, Title = "测试报告", State = ReportState.Submitted, CreatedAtUtc = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }

        var county = await Browser.LoginAsync(app, "county");
        var (status, html) = await county.GetAsync($"/Reports/Overview?year={today.Year}");
        status.ShouldBe(HttpStatusCode.OK);
        html.QuerySelectorAll("#overview tbody tr").Length.ShouldBe(townships.Count);

        await using (var db = app.NewDbContext())
        {
            // The figures the test derives from the records itself, for the township it changed.
            var path = township.Path;
            var overdue = await db.RectificationItems.CountAsync(r => r.Organization!.Path.StartsWith(path) && r.RaisedOn <= today && r.SignedOffOn == null
                && r.Deadline < today && (r.Status == RectificationStatus.Open || r.SubmittedOn == null || r.SubmittedOn > today));
            overdue.ShouldBeGreaterThan(0);
            Cell(html, township.Id, "overdue").ShouldBe($"{overdue}个");
            var weak = await db.WeakOrganizations.CountAsync(w => w.Organization!.Path.StartsWith(path) && w.Year == today.Year);
            Cell(html, township.Id, "weak").ShouldBe($"{weak}个");
            Cell(html, township.Id, "report").ShouldBe("已提交");

            foreach (var t in townships)
            {
                var template = await ReportComposer.TemplateAsync(t, db);
                var alone = new IndicatorService(db, IndicatorCatalog.Builtin.With(template.Indicators ?? []), today);
                foreach (var (column, indicator, rate) in Indicators)
                {
                    var figure = (await alone.ComputeAsync(indicator, t, today.Year)).Figure;
                    Cell(html, t.Id, column).ShouldBe(figure?.Text ?? (rate ? "—" : "0"), $"{t.Name} {indicator}");
                    html.QuerySelector($"#overview tr[data-org='{t.Id}'] td[data-column='{column}'] a")!.GetAttribute("href")
                        .ShouldBe($"/Reports/Figure?org={t.Id}&year={today.Year}&indicator={indicator}");
                }
            }
        }

        var (_, records) = await county.GetAsync($"/Reports/Figure?org={township.Id}&year={today.Year}&indicator=rectification.overdue");
        records.Body!.TextContent.ShouldContain(problem);
        records.Body.TextContent.ShouldNotContain(problem + "已报送");
    }

    [Fact]
    public async Task The_county_home_shows_the_townships_and_every_column_sorts_with_gaps_last()
    {
        var county = await Browser.LoginAsync(app, "county");
        var (_, home) = await county.GetAsync("/");
        await using var db = app.NewDbContext();
        var townships = await db.Organizations.CountAsync(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee);
        home.QuerySelectorAll("#overview tbody tr").Length.ShouldBe(townships);
        home.QuerySelector("#overview-link").ShouldNotBeNull();

        var (_, byOverdue) = await county.GetAsync("/Reports/Overview?sort=overdue&desc=1");
        var overdue = Column(byOverdue, "overdue").Select(t => int.Parse(t.TrimEnd('个'), CultureInfo.InvariantCulture)).ToList();
        overdue.ShouldBe(overdue.OrderByDescending(v => v).ToList());
        byOverdue.QuerySelector("th[data-column='overdue'] a")!.GetAttribute("href").ShouldEndWith("sort=overdue&desc=0");

        var (_, byRate) = await county.GetAsync("/Reports/Overview?sort=compliance&desc=0");
        var rates = Column(byRate, "compliance");
        var known = rates.TakeWhile(r => r != "—").Select(r => decimal.Parse(r.TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        known.ShouldBe(known.Order().ToList());
        rates.Skip(known.Count).ShouldAllBe(r => r == "—", "townships without data come last");

        var (status, unknown) = await county.GetAsync("/Reports/Overview?sort=%3Cscript%3E&desc=x");
        status.ShouldBe(HttpStatusCode.OK);
        unknown.QuerySelectorAll("#overview tbody tr").Length.ShouldBe(townships);
    }

    [Fact]
    public async Task The_export_is_the_table_as_xlsx_and_is_audited_and_a_bad_year_is_refused_beside_its_field()
    {
        var year = app.Clock.Today().Year;
        var county = await Browser.LoginAsync(app, "county");
        var (_, page) = await county.GetAsync($"/Reports/Overview?year={year}&sort=developed&desc=1");
        var response = await county.PostFormAsync("/Reports/Overview?handler=Export", new() { ["year"] = year.ToString(CultureInfo.InvariantCulture), ["sort"] = "developed", ["desc"] = "1" },
            "/Reports/Overview");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var book = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();
            rows[0].ShouldBe(["乡镇（街道）党委", "组织生活按规定开展率", "逾期未整改事项", "发展党员", "排查确定软弱涣散党组织", "完成整顿转化", "未完成整顿转化", "述职报告", "述职评议得分"]);
            var shown = page.QuerySelectorAll("#overview tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
            rows.Skip(1).ToList().ShouldBe(shown);
        }

        await using (var db = app.NewDbContext())
        {
            (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.TargetType == "CountyOverview" && e.UserName == "county")).ShouldBe(1);
        }

        foreach (var bad in new[] { "abc", "1999", (year + 1).ToString(CultureInfo.InvariantCulture) })
        {
            var (status, refused) = await county.GetAsync($"/Reports/Overview?year={bad}");
            status.ShouldBe(HttpStatusCode.OK);
            refused.QuerySelector("#year-problem")!.TextContent.ShouldBe($"请填写2000年至{year}年之间的年份。");
            refused.QuerySelector("#overview").ShouldBeNull();
        }

        var posted = await county.PostFormAsync("/Reports/Overview?handler=Export", new() { ["year"] = "abc" }, "/Reports/Overview");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(posted)).QuerySelector("#year-problem").ShouldNotBeNull();
    }

    private static List<string> Column(IHtmlDocument html, string column) =>
        html.QuerySelectorAll($"#overview tbody td[data-column='{column}']").Select(td => td.TextContent.Trim()).ToList();
}
