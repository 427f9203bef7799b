using System.Globalization;
using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

/// <summary>整改佐证附件: a photo sent with the material, checked and encrypted like meeting attachments, downloaded within scope and audited.</summary>
public sealed class RectificationEvidenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A JPEG's first bytes, then text that must never be found on disk in clear.</summary>
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, .. "整改现场照片 13912345678"u8.ToArray()];

    private async Task<(RectificationItem Item, string Url)> RaiseForBranchAsync() => await RaiseForAsync((await OrgLifeWorld.OrgOfAsync(app, "branch")).Id);

    private async Task<(RectificationItem Item, string Url)> RaiseForAsync(int organizationId)
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var problem = $"活动阵地破损{Guid.NewGuid():N}";
        (await clerk.PostFormAsync("/Loop/Rectification/Create", new()
        {
            ["Form.OrganizationId"] = organizationId.ToString(CultureInfo.InvariantCulture), ["Form.Source"] = "SelfFound",
            ["Form.Problem"] = problem, ["Form.Deadline"] = "2030-01-31",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var item = await db.RectificationItems.AsNoTracking().SingleAsync(r => r.Problem == problem);
        return (item, $"/Loop/Rectification/Details/{item.Id}");
    }

    private static async Task<HttpResponseMessage> SubmitAsync(Browser user, string url, int version, string evidence, byte[] file, string fileName)
    {
        var (_, page) = await user.GetAsync(url);
        var token = page.QuerySelector("form#submit input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "Version" },
            { new StringContent(evidence), "Evidence" }, { new ByteArrayContent(file), "Upload", fileName },
        };
        return await user.Client.PostAsync($"{url}?handler=Submit", content);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_photo_answers_the_item_is_encrypted_on_disk_and_downloads_within_scope_audited()
    {
        var (item, url) = await RaiseForBranchAsync();
        var branch = await Browser.LoginAsync(app, "branch");

        (await SubmitAsync(branch, url, item.Version, "", Photo, "现场.jpg")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.NewDbContext();
        var saved = await db.RectificationItems.AsNoTracking().Include(r => r.Attachments).SingleAsync(r => r.Id == item.Id);
        saved.Status.ShouldBe(RectificationStatus.Submitted);
        var row = saved.Attachments.ShouldHaveSingleItem();
        var uploader = await db.Users.Where(u => u.UserName == "branch").Select(u => u.DisplayName).SingleAsync();
        (row.FileName, row.ContentType, row.SizeBytes, row.UploadedBy).ShouldBe(("现场.jpg", "image/jpeg", (long)Photo.Length, uploader));
        var stored = Path.Combine(app.Database.DataDirectory, "attachments", row.StoredName);
        var bytes = await File.ReadAllBytesAsync(stored);
        bytes.AsSpan().IndexOf("13912345678"u8).ShouldBe(-1);
        bytes.AsSpan().IndexOf("整改现场照片"u8).ShouldBe(-1);
        File.GetUnixFileMode(stored).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, details) = await clerk.GetAsync(url);
        var href = details.QuerySelectorAll("#evidence-files a").Single(a => a.TextContent == "现场.jpg").GetAttribute("href")!;
        var download = await clerk.Client.GetAsync(href);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Photo);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await db.AuditEntries.AsNoTracking().CountAsync(e => e.Action == AuditAction.Export && e.UserName == "clerk"
            && e.TargetType == nameof(RectificationAttachment) && e.TargetId == row.Id.ToString(CultureInfo.InvariantCulture))).ShouldBe(1);

        // Another village's evidence (entered by the township on its behalf) is out of the branch's scope: 404.
        var village = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == saved.RaisedById && o.Id != saved.OrganizationId && o.Sector == OrgSector.Village).Select(o => o.Id).FirstAsync();
        var (foreignItem, foreignUrl) = await RaiseForAsync(village);
        (await SubmitAsync(clerk, foreignUrl, foreignItem.Version, "", Photo, "代录.jpg")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, foreignPage) = await clerk.GetAsync(foreignUrl);
        var foreignHref = foreignPage.QuerySelectorAll("#evidence-files a").Single().GetAttribute("href")!;
        (await clerk.Client.GetAsync(foreignHref)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await branch.Client.GetAsync(foreignHref)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The id of a file is looked up through its item: another item's id in the URL does not reach it.
        var other = await db.RectificationItems.AsNoTracking().Where(r => r.Id != item.Id).Select(r => r.Id).FirstAsync();
        (await clerk.Client.GetAsync($"/Loop/Rectification/Details/{other}?handler=File&file={row.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("病毒.exe", "只能上传PDF、JPG、PNG、DOCX格式的附件")]
    [InlineData("伪装.jpg", "文件内容与扩展名不符")]
    [InlineData("过大.jpg", "附件不能超过10 MB")]
    public async Task A_refused_file_gets_a_chinese_message_beside_the_field_and_nothing_is_stored(string name, string message)
    {
        var (item, url) = await RaiseForBranchAsync();
        var branch = await Browser.LoginAsync(app, "branch");
        var file = name switch
        {
            "病毒.exe" => "MZ\x90\0"u8.ToArray(),
            "伪装.jpg" => "MZ 这不是图片"u8.ToArray(),
            _ => [0xFF, 0xD8, 0xFF, .. new byte[(10 * 1024 * 1024) + 1]],
        };
        var before = Directory.Exists(Path.Combine(app.Database.DataDirectory, "attachments"))
            ? Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "attachments")).Length : 0;

        var refused = await SubmitAsync(branch, url, item.Version, "整改报告", file, name);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(refused)).QuerySelector("#upload-error")!.TextContent.ShouldContain(message);
        await using var db = app.NewDbContext();
        var after = await db.RectificationItems.AsNoTracking().Include(r => r.Attachments).SingleAsync(r => r.Id == item.Id);
        after.Status.ShouldBe(RectificationStatus.Open);
        after.Attachments.ShouldBeEmpty();
        var files = Directory.Exists(Path.Combine(app.Database.DataDirectory, "attachments"))
            ? Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "attachments")).Length : 0;
        files.ShouldBe(before);
    }

    [Fact]
    public async Task Without_text_or_file_the_material_is_refused()
    {
        var (item, url) = await RaiseForBranchAsync();
        var branch = await Browser.LoginAsync(app, "branch");

        var refused = await branch.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = item.Version.ToString(CultureInfo.InvariantCulture), ["Evidence"] = " " });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("请填写整改佐证材料，或上传佐证附件");
    }

    [Fact]
    public async Task The_list_pages_by_fifty_keeping_the_state_filter()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == branch.ParentId);
        var today = OrgLifeWorld.Today;
        db.RectificationItems.AddRange(Enumerable.Range(1, 60).Select(i => new RectificationItem
        {
            OrganizationId = branch.Id, RaisedById = township.Id, Source = RectificationSource.SelfFound, Problem = $"分页问题{i:00}",
            RaisedOn = today, Deadline = today.AddDays(30 + i), Status = RectificationStatus.Open,
        }));
        await db.SaveChangesAsync();
        var expected = await db.RectificationItems.AsNoTracking().CountAsync(r => r.Organization!.Path.StartsWith(branch.Path));
        var user = await Browser.LoginAsync(app, "branch");

        var (_, first) = await user.GetAsync("/Loop/Rectification?state=all");
        var (_, second) = await user.GetAsync("/Loop/Rectification?state=all&page=2");
        var (status, beyond) = await user.GetAsync("/Loop/Rectification?state=all&page=abc");

        first.QuerySelectorAll("#items tbody tr").Length.ShouldBe(50);
        second.QuerySelectorAll("#items tbody tr").Length.ShouldBe(expected - 50);
        first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href").ShouldBe("/Loop/Rectification?state=all&page=2");
        second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href").ShouldBe("/Loop/Rectification?state=all&page=1");
        second.QuerySelector("nav.pager")!.TextContent.ShouldContain($"共{expected}条");
        var links = first.QuerySelectorAll("#items a").Select(a => a.GetAttribute("href")).Concat(second.QuerySelectorAll("#items a").Select(a => a.GetAttribute("href")));
        links.Distinct().Count().ShouldBe(expected);
        status.ShouldBe(HttpStatusCode.OK);
        beyond.QuerySelectorAll("#items tbody tr").Length.ShouldBe(50);
    }
}
