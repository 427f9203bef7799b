using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>The duty report in the browser: compose from records, follow a figure to its records, edit, stale marks, submit, export.</summary>
public sealed class ReportPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private int Year => app.Clock.Today().Year;

    private async Task<(Browser Browser, int Township)> ComposeAsync(string user = "clerk")
    {
        await using var db = app.NewDbContext();
        var township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
        var browser = await Browser.LoginAsync(app, user);
        var response = await browser.PostFormAsync($"/Reports/Compose?org={township}", new()
        {
            ["Year"] = Year.ToString(CultureInfo.InvariantCulture), ["Plans"] = "深化党建品牌建设\n抓好新任村干部培训",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (browser, township);
    }

    [Fact]
    public async Task A_composed_report_links_each_figure_to_the_records_behind_it()
    {
        var (browser, township) = await ComposeAsync();
        var (status, html) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        status.ShouldBe(HttpStatusCode.OK);
        html.QuerySelector(".report-title")!.TextContent.ShouldBe($"青石镇党委书记{Year}年度抓基层党建工作述职报告");
        var report = html.QuerySelector("#report")!.TextContent;
        report.ShouldContain("一、履职工作特色和亮点");
        report.ShouldContain("深化党建品牌建设。");
        report.ShouldNotContain("{{");

        var committee = html.QuerySelector("a.fig[data-indicator='meetings.committee']")!;
        var value = int.Parse(committee.TextContent.TrimEnd('次'), CultureInfo.InvariantCulture);
        var (_, figure) = await browser.GetAsync(committee.GetAttribute("href")!);
        figure.QuerySelector("#indicator-name")!.TextContent.ShouldBe("党委会议");
        var rows = figure.QuerySelectorAll("#figure-records tbody tr");
        rows.Length.ShouldBe(value);
        rows.ShouldAllBe(r => r.TextContent.Contains("党委会议"));
    }

    [Fact]
    public async Task Editing_a_paragraph_keeps_figures_linked_and_a_new_record_marks_its_sentence_stale()
    {
        var (browser, township) = await ComposeAsync("secretary");
        var (_, draft) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        var paragraph = draft.QuerySelectorAll("#report p.paragraph").First(p => p.QuerySelector("a.fig[data-indicator='meetings.committee']") is not null);
        var editUrl = paragraph.QuerySelector("a.edit-paragraph")!.GetAttribute("href")!;
        var (_, form) = await browser.GetAsync(editUrl);
        var text = form.QuerySelector("textarea#Text")!.TextContent;
        text.ShouldContain("〔党委会议：");
        text.ShouldNotContain("{{");
        var response = await browser.PostFormAsync(editUrl, new()
        {
            ["Text"] = text.Replace("始终把抓好党建作为最大政绩", "始终把党建工作摆在首位", StringComparison.Ordinal),
            ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = app.NewDbContext())
        {
            db.Meetings.Add(new Meeting
            {
                OrganizationId = township, Kind = MeetingKind.TownshipCommitteeMeeting, HeldOn = new DateOnly(Year, 1, 2), Topic = "补录的党委会议", EnteredAtUtc = app.Clock.UtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var (_, after) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        after.QuerySelector("#report")!.TextContent.ShouldContain("始终把党建工作摆在首位");
        after.QuerySelector("#stale-notice").ShouldNotBeNull();
        after.QuerySelectorAll(".sentence.stale").ShouldContain(s => s.TextContent.Contains("党委会议"));
        after.QuerySelectorAll("#history tbody tr").ShouldContain(r => r.TextContent.Contains("修改第"));
    }

    [Fact]
    public async Task A_submitted_report_is_frozen_exports_as_docx_and_a_new_draft_can_start_from_it()
    {
        var (browser, township) = await ComposeAsync();
        var draftUrl = $"/Reports/Draft?org={township}&year={Year}";
        (await browser.PostFormAsync($"/Reports/Edit?org={township}&year={Year}&handler=Submit", new() { ["Confirm"] = "true" }, draftUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, submitted) = await browser.GetAsync(draftUrl);
        submitted.QuerySelector("#state")!.TextContent.ShouldContain("已于");
        submitted.QuerySelectorAll("a.edit-paragraph").ShouldBeEmpty();

        await using var db = app.NewDbContext();
        var frozen = await db.ReportDrafts.Include(d => d.Paragraphs).Where(d => d.OrganizationId == township).OrderByDescending(d => d.Id).FirstAsync();
        frozen.State.ShouldBe(ReportState.Submitted);
        var paragraph = frozen.Paragraphs.First(p => p.Section == ReportSection.Highlights);
        await browser.PostFormAsync($"/Reports/Edit?org={township}&year={Year}&paragraph={paragraph.Id}", new()
        {
            ["Text"] = "篡改", ["Version"] = paragraph.Version.ToString(CultureInfo.InvariantCulture),
        }, draftUrl);
        (await db.ReportParagraphs.AsNoTracking().SingleAsync(p => p.Id == paragraph.Id)).Text.ShouldNotBe("篡改");

        var download = await browser.PostFormAsync($"/Reports/Download?org={township}&year={Year}&format=docx", new(), draftUrl);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var folder = Directory.CreateDirectory(Path.Combine(Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.GetTempPath(), "documents")).FullName;
        var path = Path.Combine(folder, $"report-demo-{app.Database.Provider.ToLowerInvariant()}.docx");
        await File.WriteAllBytesAsync(path, bytes);
        using (var document = WordprocessingDocument.Open(path, false))
        {
            document.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("青石镇党委书记");
        }

        (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(ReportDraft) && e.Action == Core.Audit.AuditAction.Export)).ShouldBeGreaterThan(0);
        (await browser.PostFormAsync($"/Reports/Edit?org={township}&year={Year}&handler=StartNew", new(), draftUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var latest = await db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == township).OrderByDescending(d => d.Id).FirstAsync();
        latest.State.ShouldBe(ReportState.Draft);
        latest.StartedFromId.ShouldBe(frozen.Id);
    }

    [Fact]
    public async Task The_county_reads_a_township_report_but_cannot_compose_one()
    {
        var (_, township) = await ComposeAsync();
        var county = await Browser.LoginAsync(app, "county");
        (await county.GetAsync($"/Reports/Draft?org={township}&year={Year}")).Html.QuerySelector("#report").ShouldNotBeNull();
        var (_, list) = await county.GetAsync("/Reports");
        list.QuerySelector("#reports")!.TextContent.ShouldContain("青石镇党委");
        var response = await county.Client.GetAsync($"/Reports/Compose?org={township}");
        response.Headers.Location!.ToString().ShouldContain("/Account/Denied");
    }

    [Fact]
    public async Task A_work_record_entered_by_the_clerk_counts_in_the_report()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var category = await db.WorkCategories.SingleAsync(c => c.Code == "study-trip" && c.OrganizationId == null);
        var before = await db.WorkRecords.Where(w => w.CategoryId == category.Id && w.HeldOn.Year == Year && w.Organization!.Path.StartsWith(township.Path)).SumAsync(w => w.Quantity);
        var response = await browser.PostFormAsync("/WorkRecords/Create", new()
        {
            ["Form.OrganizationId"] = township.Id.ToString(CultureInfo.InvariantCulture), ["Form.CategoryId"] = category.Id.ToString(CultureInfo.InvariantCulture),
            // a future date is refused, so early in a year the record is dated today
            ["Form.HeldOn"] = new[] { new DateOnly(Year, 3, 5), app.Clock.Today() }.Min().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Form.Title"] = "到袁家村考察学习", ["Form.Quantity"] = "2", ["Form.Participants"] = "30",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, list) = await browser.GetAsync($"/WorkRecords?year={Year}");
        list.QuerySelector("#work-records")!.TextContent.ShouldContain("到袁家村考察学习");
        var (_, figure) = await browser.GetAsync($"/Reports/Figure?org={township.Id}&year={Year}&indicator=work.study-trip");
        figure.QuerySelector("#indicator-value")!.TextContent.ShouldBe($"{before + 2:0.##}批次");
        figure.QuerySelector("#figure-records")!.TextContent.ShouldContain("到袁家村考察学习");
    }
}
