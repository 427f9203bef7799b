using System.Net;
using System.Net.Http.Headers;
using Dangjian.Core.Audit;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;
using Dangjian.Core.Members.Import;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Members;

/// <summary>Roster upload and import pages (same fixture as the other member page tests).</summary>
public sealed partial class MemberPagesTests
{
    [Fact]
    public async Task A_50_MB_upload_gets_the_chinese_message_not_a_413()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, form) = await browser.GetAsync("/Members/Import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent((await OrgOfAsync("clerk")).Id.ToString()), "Org" },
        };
        var file = new ByteArrayContent(new byte[50 * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "Roster", "名册.xlsx");

        var response = await browser.Client.PostAsync("/Members/Import", content);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (status, page) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        status.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#upload-error")!.TextContent.ShouldContain("文件太大：名册文件不能超过 10 MB");
    }

    [Fact]
    public async Task A_disguised_file_is_refused_with_a_chinese_message()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await UploadAsync(browser, "名册.xlsx", "姓名,性别\n张三,男\n"u8.ToArray());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(response)).QuerySelector("#upload-error")!.TextContent.ShouldContain("不符");
    }

    [Fact]
    public async Task A_roster_is_uploaded_previewed_imported_and_its_mapping_remembered()
    {
        var village = await OrgOfAsync("branch");
        var browser = await Browser.LoginAsync(app, "branch");
        var birth = new DateOnly(1988, 5, 17);
        var id = FictionalResidentId.Create("990202", birth, Sex.Female, 321);
        var xlsx = await XlsxAsync(["姓名", "性别", "出生日期", "身份证号", "入党时间", "文化程度"],
            [["欧阳小芳", "女", "1988-05-17", id, "2015年6月", "大专"]]);

        var upload = await UploadAsync(browser, "名册.xlsx", xlsx, village.Id);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mapUrl = upload.Headers.Location!.OriginalString;
        var (_, map) = await browser.GetAsync(mapUrl);
        map.QuerySelector("#summary")!.TextContent.ShouldContain("共 1 行，无误 1 行");
        map.QuerySelector("#preview")!.TextContent.ShouldContain("欧阳小芳");

        var import = await ImportAsMappedAsync(browser, map, mapUrl);

        import.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var progress = import.Headers.Location!.OriginalString;
        progress.ShouldStartWith("/Members/Import/Progress?job=");
        var (_, result) = await browser.GetAsync(await FinishedImportAsync(browser, progress));
        result.QuerySelector("#import-result")!.TextContent.ShouldContain("已导入 1 名党员");
        (await Browser.For(app).Client.GetAsync(progress)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "another user cannot watch it");
        var (_, list) = await browser.GetAsync("/Members?q=oyxf");
        list.QuerySelectorAll("#members tbody tr a").Select(a => a.TextContent).ShouldBe(["欧阳小芳"]);
        await using var db = app.NewDbContext();
        (await db.ImportPresets.SingleAsync(p => p.OrganizationId == village.Id)).Mapping.ShouldContain("ResidentId=身份证号");
        var imported = await db.Members.IgnoreQueryFilters().SingleAsync(m => m.Name == "欧阳小芳");
        (await AuditAsync(AuditAction.Create)).ShouldContain(e => e.TargetType == nameof(Member) && e.TargetId == imported.Id.ToString() && e.Details!.Contains("\"source\":\"import\""));
        Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "uploads"), "*.upload").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_roster_row_with_an_id_registered_elsewhere_in_the_county_is_refused_and_nothing_is_written()
    {
        var village = await OrgOfAsync("branch");
        await using var db = app.NewDbContext();
        var elsewhere = await db.Members.Where(m => m.OrganizationId != village.Id && m.ResidentIdCipher != null).OrderBy(m => m.Id).FirstAsync();
        var taken = app.Services.GetRequiredService<MemberSecrets>().RevealResidentId(elsewhere)!;
        var fresh = FictionalResidentId.Create("990203", new DateOnly(1990, 3, 4), Sex.Male, 322);
        var browser = await Browser.LoginAsync(app, "branch");
        var xlsx = await XlsxAsync(["姓名", "性别", "出生日期", "身份证号", "入党时间", "文化程度"],
        [
            ["司马新", "男", "1990-03-04", fresh, "2016年7月", "大专"],
            ["重复者", PeopleLabels.Of(elsewhere.Sex), elsewhere.BirthDate.ToString("yyyy-MM-dd"), taken, elsewhere.JoinedOn.ToString("yyyy-MM-dd"), "高中"],
        ]);

        var mapUrl = (await UploadAsync(browser, "名册.xlsx", xlsx, village.Id)).Headers.Location!.OriginalString;
        var (_, map) = await browser.GetAsync(mapUrl);

        map.QuerySelector("#summary")!.TextContent.ShouldContain("共 2 行，无误 1 行");
        map.QuerySelector("#errors tbody")!.TextContent.ShouldContain("第 3 行身份证号该身份证号已在系统中登记。");
        var import = await ImportAsMappedAsync(browser, map, mapUrl);
        var failed = await FailedImportAsync(browser, import.Headers.Location!.OriginalString);
        failed.ShouldContain("名册中有 1 处错误，未写入任何数据");
        failed.ShouldContain("第 3 行身份证号该身份证号已在系统中登记。");
        (await db.Members.IgnoreQueryFilters().CountAsync(m => m.Name == "司马新" || m.Name == "重复者")).ShouldBe(0, "all or nothing");
    }

    /// <summary>Polls the progress page as its meta refresh would, until the job redirects to its result.</summary>
    private static async Task<string> FinishedImportAsync(Browser browser, string progress)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await browser.Client.GetAsync(progress);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                return response.Headers.Location!.OriginalString;
            }

            (await Browser.ParseAsync(response)).QuerySelector("#import-failed").ShouldBeNull();
            await Task.Delay(100);
        }

        throw new TimeoutException("the import did not finish in 30 s");
    }

    /// <summary>Starts the import with the mapping the page proposes.</summary>
    private static Task<HttpResponseMessage> ImportAsMappedAsync(Browser browser, AngleSharp.Html.Dom.IHtmlDocument map, string mapUrl)
    {
        var fields = map.QuerySelectorAll("#mapping-form select").ToDictionary(
            s => s.GetAttribute("name")!, s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "-1");
        fields["file"] = mapUrl.Split("file=")[1];
        return browser.PostFormAsync("/Members/Import/Map?handler=Import", fields, mapUrl);
    }

    /// <summary>Polls the progress page until the job ends without committing; returns the page's text.</summary>
    private static async Task<string> FailedImportAsync(Browser browser, string progress)
    {
        for (var i = 0; i < 300; i++)
        {
            var (_, page) = await browser.GetAsync(progress);
            if (page.QuerySelector("#import-failed") is { } failed)
            {
                return failed.TextContent + " " + page.QuerySelector("table")?.TextContent;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the import did not end in 30 s");
    }

    [Fact]
    public async Task An_unknown_import_job_sends_the_user_back_to_the_upload_page()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Members/Import/Progress?job=0123456789abcdef0123456789abcdef");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/Members/Import");
    }
}
