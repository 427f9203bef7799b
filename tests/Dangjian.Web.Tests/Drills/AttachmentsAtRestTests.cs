using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Drills;

/// <summary>Meeting attachments (scanned sign-in sheets with names and phones) are stored encrypted, owner-only, and download unchanged.</summary>
public sealed class AttachmentsAtRestTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_attachment_is_encrypted_on_disk_and_downloads_unchanged()
    {
        await using var db = app.NewDbContext();
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var meetingId = await db.Meetings.Where(m => m.OrganizationId == branch.Id).Select(m => m.Id).FirstAsync();
        var browser = await Browser.LoginAsync(app, "branch");
        var url = $"/Meetings/Details/{meetingId}";
        var (_, page) = await browser.GetAsync(url);
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var pdf = "%PDF-1.4 签到表 13912345678 身份证号 990101197001010011"u8.ToArray();
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(pdf), "upload", "签到表.pdf" } };

        (await browser.Client.PostAsync($"{url}?handler=Upload", content)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var row = await db.MeetingAttachments.AsNoTracking().SingleAsync(a => a.MeetingId == meetingId && a.FileName == "签到表.pdf");
        var stored = Path.Combine(app.Database.DataDirectory, "attachments", row.StoredName);
        var bytes = await File.ReadAllBytesAsync(stored);
        bytes.AsSpan().IndexOf("13912345678"u8).ShouldBe(-1);
        bytes.AsSpan().IndexOf("%PDF"u8).ShouldBe(-1);
        File.GetUnixFileMode(stored).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var (_, details) = await browser.GetAsync(url);
        var download = await browser.Client.GetAsync(details.QuerySelectorAll("#attachments a").Single(a => a.TextContent == "签到表.pdf").GetAttribute("href"));
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }
}
