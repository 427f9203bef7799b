using System.Net;
using System.Text.RegularExpressions;
using Dangjian.Core.Audit;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>The 三会一课 台账 of one organization and year, downloaded as .docx and read back with OpenXml.</summary>
public sealed partial class MeetingLedgerBookTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task A_branch_secretary_prints_their_ledger_with_every_meeting_and_the_absent_by_name_in_the_gongwen_page()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using var db = app.NewDbContext();
        // the latest meeting of the branch at which a member was away with a reason recorded
        var away = await db.MeetingAttendances
            .Where(a => a.Meeting!.OrganizationId == branch.Id && a.Status != AttendanceStatus.Present && a.AbsenceReason != null)
            .OrderByDescending(a => a.Meeting!.HeldOn)
            .Select(a => new { a.Meeting!.HeldOn, a.Member!.Name, a.AbsenceReason, a.Member.ResidentIdMasked, a.Member.PhoneMasked })
            .FirstAsync();
        var year = away.HeldOn.Year;
        var exportsBefore = await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.TargetType == "MeetingLedgerBook" && e.TargetId == branch.Id.ToString());
        var meetings = await db.Meetings.CountAsync(m => m.OrganizationId == branch.Id
            && m.HeldOn >= new DateOnly(year, 1, 1) && m.HeldOn <= new DateOnly(year, 12, 31));
        meetings.ShouldBeGreaterThan(1);

        var browser = await Browser.LoginAsync(app, "branch");
        var response = await browser.PostFormAsync($"/Meetings/Ledger?org={branch.Id}", new() { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Docx);
        var path = await SaveAsync(response, "meeting-ledger");
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        text.ShouldContain($"{year}年“三会一课”台账");
        body.Elements<Table>().Count(t => t.Descendants<TableCell>().First().InnerText == "会议时间").ShouldBe(meetings);
        text.ShouldContain($"{away.Name}（{away.AbsenceReason}）");
        foreach (var secret in new[] { away.ResidentIdMasked, away.PhoneMasked }.OfType<string>())
        {
            text.ShouldNotContain(secret);
        }

        LongNumber().IsMatch(text).ShouldBeFalse("no resident ID or phone number in the ledger");
        var section = body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        ((int)size.Width!.Value, (int)size.Height!.Value).ShouldBe((Twips(210), Twips(297)));
        var margin = section.GetFirstChild<PageMargin>()!;
        (margin.Top!.Value, margin.Bottom!.Value, (int)margin.Left!.Value, (int)margin.Right!.Value).ShouldBe((Twips(37), Twips(35), Twips(28), Twips(26)));
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.TargetType == "MeetingLedgerBook" && e.TargetId == branch.Id.ToString())).ShouldBe(exportsBefore + 1);
    }

    [Fact]
    public async Task A_township_clerk_prints_a_branch_of_theirs_and_nobody_prints_a_foreign_organization()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using var db = app.NewDbContext();
        var sibling = await db.Organizations.Where(o => o.ParentId == branch.ParentId && o.Id != branch.Id).Select(o => o.Id).FirstAsync();
        var foreign = await db.Organizations.Where(o => o.ParentId == township.ParentId && o.Id != township.Id)
            .SelectMany(o => db.Organizations.Where(c => c.ParentId == o.Id)).Select(o => o.Id).FirstAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var own = await Browser.LoginAsync(app, "branch");

        var printed = await clerk.PostFormAsync($"/Meetings/Ledger?org={sibling}", new() { ["year"] = $"{app.Clock.Today().Year}" });
        printed.StatusCode.ShouldBe(HttpStatusCode.OK);
        printed.Content.Headers.ContentType!.MediaType.ShouldBe(Docx);

        (await own.GetAsync($"/Meetings/Ledger?org={sibling}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await own.PostFormAsync($"/Meetings/Ledger?org={sibling}", new() { ["year"] = "2025" }, $"/Meetings/Ledger?org={branch.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/Meetings/Ledger?org={foreign}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.PostFormAsync($"/Meetings/Ledger?org={foreign}", new() { ["year"] = "2025" }, $"/Meetings/Ledger?org={township.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_years_get_a_chinese_message_beside_the_field_and_a_bad_organization_is_not_found()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var browser = await Browser.LoginAsync(app, "branch");
        var url = $"/Meetings/Ledger?org={branch.Id}";

        foreach (var year in new[] { "abc", "1999", "9999", "" })
        {
            var response = await browser.PostFormAsync(url, new() { ["year"] = year });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, year);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", year);
            Beside.Message(await Browser.ParseAsync(response), "year").ShouldContain("年份", Case.Sensitive, year);
        }

        var (status, page) = await browser.GetAsync($"{url}&year=二〇二六");
        status.ShouldBe(HttpStatusCode.OK);
        Beside.Message(page, "year").ShouldContain("年份");
        (await browser.GetAsync("/Meetings/Ledger?org=abc")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync("/Meetings/Ledger?org=99999999999")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_who_has_since_moved_out_of_scope_is_still_named_where_they_were_away()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        await using var db = app.NewDbContext();
        var away = await db.MeetingAttendances
            .Where(a => a.Meeting!.OrganizationId == branch.Id && a.Status == AttendanceStatus.Absent)
            .OrderByDescending(a => a.Meeting!.HeldOn)
            .Select(a => new { a.MemberId, a.Member!.Name, a.Meeting!.HeldOn })
            .FirstAsync();
        var elsewhere = await db.Organizations.Where(o => o.ParentId == township.ParentId && o.Id != township.Id)
            .SelectMany(o => db.Organizations.Where(c => c.ParentId == o.Id)).Select(o => o.Id).FirstAsync();
        await db.Members.Where(m => m.Id == away.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.OrganizationId, elsewhere));
        var browser = await Browser.LoginAsync(app, "branch");
        (await browser.GetAsync($"/Members/Details/{away.MemberId}")).Status.ShouldBe(HttpStatusCode.NotFound);

        var response = await browser.PostFormAsync($"/Meetings/Ledger?org={branch.Id}", new() { ["year"] = $"{away.HeldOn.Year}" });

        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        document.MainDocumentPart!.Document.Body!.Elements<Table>().ShouldContain(t => t.InnerText.Contains(away.Name, StringComparison.Ordinal)
            && t.Descendants<TableCell>().ElementAt(1).InnerText == Core.Documents.GongwenDocument.DateText(away.HeldOn));
    }

    [Fact]
    public async Task The_meetings_list_links_to_the_ledger()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var browser = await Browser.LoginAsync(app, "branch");
        var (_, list) = await browser.GetAsync($"/Meetings?org={branch.Id}");
        var link = list.QuerySelectorAll("a").Single(a => a.TextContent.Contains("打印“三会一课”台账", StringComparison.Ordinal)).GetAttribute("href")!;
        var (status, page) = await browser.GetAsync(link);
        status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldContain(branch.Name);
    }

    private static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    private async Task<string> SaveAsync(HttpResponseMessage response, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.GetTempPath(), "documents")).FullName;
        var path = Path.Combine(folder, $"{name}-{app.Database.Provider.ToLowerInvariant()}.docx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    [GeneratedRegex(@"\d{7,}")]
    private static partial Regex LongNumber();
}
