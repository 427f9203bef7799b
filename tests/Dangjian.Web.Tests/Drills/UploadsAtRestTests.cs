using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shouldly;

namespace Dangjian.Web.Tests.Drills;

/// <summary>Uploaded rosters hold full resident IDs: on disk they are only ever encrypted, owner-only, and short-lived.</summary>
public sealed class UploadsAtRestTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string GoodId = FictionalResidentId.Create("990404", new DateOnly(1979, 2, 3), Sex.Male, 41);

    private string Folder => Path.Combine(app.Database.DataDirectory, "uploads");

    private static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes("姓名,性别,出生日期,身份证号,入党时间,文化程度\n" + string.Join("\n", rows) + "\n");

    private static async Task<string> UploadAsync(Browser browser, byte[] csv)
    {
        var (_, form) = await browser.GetAsync("/Members/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("#Org option[selected]")!.GetAttribute("value")!), "Org" },
        };
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Roster", "名册.csv");
        var response = await browser.Client.PostAsync("/Members/Import", content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_previewed_roster_is_on_disk_only_encrypted_and_owner_only()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var mapUrl = await UploadAsync(browser, Csv($"上官文,男,1979-02-03,{GoodId},2001-07-01,高中"));

        var (_, map) = await browser.GetAsync(mapUrl);

        map.QuerySelector("#preview")!.TextContent.ShouldContain("上官文");
        var token = mapUrl.Split("file=")[1];
        var files = Directory.GetFiles(Folder, token + ".*");
        files.Length.ShouldBe(2);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(GoodId)).ShouldBe(-1, file);
            bytes.AsSpan().IndexOf("身份证"u8).ShouldBe(-1, file);
            bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("上官文")).ShouldBe(-1, file);
            bytes.AsSpan().IndexOf("名册"u8).ShouldBe(-1, file);
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
        }

        File.GetUnixFileMode(Folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public async Task A_failed_all_or_nothing_import_deletes_its_upload()
    {
        var bad = GoodId[..17] + (GoodId[17] == '0' ? '1' : '0');
        var browser = await Browser.LoginAsync(app, "clerk");
        var mapUrl = await UploadAsync(browser, Csv($"东方明,男,1979-02-03,{GoodId},2001-07-01,高中", $"东方亮,男,1979-02-03,{bad},2001-07-01,高中"));
        var token = mapUrl.Split("file=")[1];
        var (_, map) = await browser.GetAsync(mapUrl);
        var fields = map.QuerySelectorAll("#mapping-form select").ToDictionary(
            s => s.GetAttribute("name")!, s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "-1");
        fields["file"] = token;
        Directory.GetFiles(Folder, token + ".*").Length.ShouldBe(2);

        var import = await browser.PostFormAsync("/Members/Import/Map?handler=Import", fields, mapUrl);

        import.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var progress = import.Headers.Location!.OriginalString;
        for (var i = 0; i < 300 && (await browser.GetAsync(progress)).Html.QuerySelector("#import-failed") is null; i++)
        {
            await Task.Delay(100);
        }

        var (_, outcome) = await browser.GetAsync(progress);
        outcome.QuerySelector("#import-failed")!.TextContent.ShouldContain("未写入任何数据");
        Directory.GetFiles(Folder, token + ".*").ShouldBeEmpty();
        (await browser.GetAsync(mapUrl)).Html.QuerySelector("#preview").ShouldBeNull();
    }

    [Fact]
    public async Task Uploads_left_by_a_process_that_died_are_deleted_at_start_up()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        await UploadAsync(browser, Csv($"令狐平,男,1979-02-03,{GoodId},2001-07-01,高中"));
        Directory.GetFiles(Folder).ShouldNotBeEmpty();

        var cleanup = app.Services.GetServices<IHostedService>().OfType<UploadCleanup>().Single();
        await cleanup.StartAsync(CancellationToken.None);

        Directory.GetFiles(Folder).ShouldBeEmpty();
    }
}
