using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Dangjian.Core.Tests.Members;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>Stored values that carry markup, and uploaded files that pretend: they reach the browser as data, never as code.</summary>
public sealed class StoredPayloadTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Payload = "杏花村<img src=x onerror=alert(3)></script><script>alert(4)</script>";

    [Fact]
    public async Task The_heat_map_carries_a_stored_name_as_encoded_json_and_escaped_text()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using (var db = app.NewDbContext())
        {
            var org = await db.Organizations.SingleAsync(o => o.Id == branch.Id);
            org.Name = Payload;
            await db.SaveChangesAsync();
        }

        var township = await OrgLifeWorld.OrgOfAsync(app, "secretary");
        var browser = await Browser.LoginAsync(app, "county");
        var (status, page) = await browser.GetAsync($"/OrgLife/HeatMap?org={township.Id}");

        status.ShouldBe(HttpStatusCode.OK);
        var chart = await HeatChart.ResponseAsync(browser, page);
        chart.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var json = await chart.Content.ReadAsStringAsync();
        json.ShouldNotContain("<");
        JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetString()).ShouldContain(Payload);
        page.QuerySelectorAll("img, script:not([src])").ShouldBeEmpty();
        page.QuerySelector($"#heat-table tr[data-org='{branch.Id}'] th")!.TextContent.ShouldBe(Payload);
        SecurityHeadersTests.Problems(page).ShouldBeEmpty();

        // The county's folded section, which js/heatmap.js inserts as HTML when it is opened.
        var (_, county) = await browser.GetAsync("/OrgLife/HeatMap");
        var section = county.QuerySelector($"#heat-table details#township-{township.Id}")!.GetAttribute("data-section")!;
        var (fetched, rows) = await browser.GetAsync(section);
        fetched.ShouldBe(HttpStatusCode.OK);
        rows.QuerySelectorAll("img, script").ShouldBeEmpty();
        rows.QuerySelector($"tr[data-org='{branch.Id}'] th")!.TextContent.ShouldBe(Payload);
    }

    [Fact]
    public async Task An_attachment_is_only_ever_a_download_typed_by_its_checked_kind_and_never_sniffed()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        int meetingId;
        await using (var db = app.NewDbContext())
        {
            meetingId = await db.Meetings.Where(m => m.OrganizationId == branch.Id).Select(m => m.Id).FirstAsync();
        }

        var browser = await Browser.LoginAsync(app, "branch");
        var url = $"/Meetings/Details/{meetingId}";
        var (_, details) = await browser.GetAsync(url);
        var token = details.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var polyglot = "%PDF-1.4\n<html><body><script>alert(6)</script></body></html>"u8.ToArray();
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(polyglot), "upload", "会议记录.pdf" } };
        (await browser.Client.PostAsync($"{url}?handler=Upload", content)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var href = (await browser.GetAsync(url)).Html.QuerySelectorAll("#attachments a").Single(a => a.TextContent == "会议记录.pdf").GetAttribute("href")!;

        await AssertDownloadAsync();
        await using (var db = app.NewDbContext())
        {
            // Whatever the row says (an older version, a hand edit), the response type comes from the checked kind.
            await db.MeetingAttachments.Where(a => a.MeetingId == meetingId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ContentType, "text/html"));
        }

        await AssertDownloadAsync();

        async Task AssertDownloadAsync()
        {
            var download = await browser.Client.GetAsync(href);
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
            download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            string.Join(",", download.Headers.GetValues("X-Content-Type-Options")).ShouldBe("nosniff");
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(polyglot);
        }
    }

    [Fact]
    public async Task A_roster_zip_with_forged_sizes_gets_the_chinese_message_not_a_500()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dangjian-forged-").FullName, "名册.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                sheet.Write(zeros);
            }
        }

        ForgedZip.DeclareSizes(path, name => name.StartsWith("xl/", StringComparison.Ordinal) ? 1000 : null);
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, form) = await browser.GetAsync("/Members/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("#Org option[selected]")!.GetAttribute("value")!), "Org" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "Roster", "名册.xlsx" },
        };

        var response = await browser.Client.PostAsync("/Members/Import", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(response)).QuerySelector("#upload-error")!.TextContent.ShouldStartWith("文件解压后的大小异常");
        Directory.Delete(Path.GetDirectoryName(path)!, true);
    }
}
