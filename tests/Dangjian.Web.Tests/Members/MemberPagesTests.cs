using System.Net;
using System.Net.Http.Headers;
using Dangjian.Core.Audit;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Dangjian.Core.People.Export;
using Dangjian.Core.People.Import;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Members;

public sealed class MemberPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<Organization> OrgOfAsync(string user)
    {
        await using var db = app.NewDbContext();
        var orgId = await db.Users.Where(u => u.UserName == user).Select(u => u.OrganizationId).SingleAsync();
        return await db.Organizations.SingleAsync(o => o.Id == orgId);
    }

    private async Task<Member> SomeMemberOfAsync(Organization org)
    {
        await using var db = app.NewDbContext();
        return await db.Members.Where(m => m.Organization!.Path.StartsWith(org.Path) && m.ResidentIdCipher != null && m.State == MemberState.Active)
            .OrderBy(m => m.Id).FirstAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync(AuditAction action)
    {
        await using var db = app.NewDbContext();
        return await db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task The_list_finds_a_member_by_pinyin_initials_and_shows_only_masked_ids()
    {
        var township = await OrgOfAsync("secretary");
        var member = await SomeMemberOfAsync(township);
        var browser = await Browser.LoginAsync(app, "secretary");

        var (status, html) = await browser.GetAsync($"/Members?q={member.NameInitials.ToUpperInvariant()}");

        status.ShouldBe(HttpStatusCode.OK);
        var rows = html.QuerySelectorAll("#members tbody tr");
        rows.ShouldNotBeEmpty();
        rows.ShouldContain(r => r.QuerySelector("a")!.TextContent == member.Name);
        html.QuerySelectorAll("#members tbody tr td:first-child a").ShouldAllBe(a => Pinyin.Initials(a.TextContent, true).StartsWith(member.NameInitials));
        var secrets = app.Services.GetRequiredService<MemberSecrets>();
        html.Body!.TextContent.ShouldNotContain(secrets.RevealResidentId(member)!);
        html.Body!.TextContent.ShouldContain(member.ResidentIdMasked!);

        var (_, byId) = await browser.GetAsync($"/Members?q={member.ResidentIdMasked![^4..]}");
        byId.QuerySelectorAll("#members tbody tr a").ShouldContain(a => a.TextContent == member.Name);
    }

    [Fact]
    public async Task Reveal_shows_the_full_id_once_and_is_audited()
    {
        var member = await SomeMemberOfAsync(await OrgOfAsync("clerk"));
        var full = app.Services.GetRequiredService<MemberSecrets>().RevealResidentId(member)!;
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, before) = await browser.GetAsync($"/Members/Details/{member.Id}");
        before.Body!.TextContent.ShouldNotContain(full);

        var response = await browser.PostFormAsync($"/Members/Details/{member.Id}?handler=Reveal", [], $"/Members/Details/{member.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(response)).QuerySelector("#revealed-id")!.TextContent.ShouldBe(full);
        (await AuditAsync(AuditAction.Reveal)).ShouldContain(e => e.TargetId == member.Id.ToString() && e.UserName == "clerk" && e.Result == AuditResult.Success);
        var (_, after) = await browser.GetAsync($"/Members/Details/{member.Id}");
        after.Body!.TextContent.ShouldNotContain(full);
    }

    [Fact]
    public async Task A_branch_secretary_cannot_see_or_reveal_a_member_of_another_branch()
    {
        var branch = await OrgOfAsync("branch");
        var township = await OrgOfAsync("secretary");
        await using var db = app.NewDbContext();
        var stranger = await db.Members.Where(m => m.Organization!.Path.StartsWith(township.Path) && !m.Organization.Path.StartsWith(branch.Path)).FirstAsync();
        var browser = await Browser.LoginAsync(app, "branch");

        (await browser.GetAsync($"/Members/Details/{stranger.Id}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_branch_secretarys_export_holds_only_their_branch_masked_and_is_audited()
    {
        var branch = await OrgOfAsync("branch");
        await using var db = app.NewDbContext();
        var expected = await db.Members.CountAsync(m => m.Organization!.Path.StartsWith(branch.Path) && m.State == MemberState.Active);
        var browser = await Browser.LoginAsync(app, "branch");

        var response = await browser.PostFormAsync("/Members/Export?state=Active", [], "/Members");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = await ReadXlsxAsync(response);
        rows.Count.ShouldBe(expected);
        var branchColumn = MemberExport.Headers.ToList().IndexOf("所在党组织");
        var idColumn = MemberExport.Headers.ToList().IndexOf("身份证号");
        rows.ShouldAllBe(r => r[branchColumn] == branch.Name);
        rows.ShouldAllBe(r => r[idColumn] == null || r[idColumn]!.Contains("********"));
        (await AuditAsync(AuditAction.Export)).ShouldContain(e => e.UserName == "branch" && e.Details!.Contains($"\"rows\":{expected}"));
    }

    [Fact]
    public async Task A_full_export_carries_full_ids_and_is_audited_as_a_reveal()
    {
        var browser = await Browser.LoginAsync(app, "branch");
        var response = await browser.PostFormAsync("/Members/Export?state=Active", new() { ["full"] = "true" }, "/Members");

        var rows = await ReadXlsxAsync(response);
        var idColumn = MemberExport.Headers.ToList().IndexOf("身份证号");
        rows.ShouldContain(r => r[idColumn] != null && ResidentId.Check(r[idColumn]) == ResidentIdError.None);
        (await AuditAsync(AuditAction.Reveal)).ShouldContain(e => e.UserName == "branch" && e.Details!.Contains("\"full\":true"));
    }

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

        var fields = map.QuerySelectorAll("#mapping-form select").ToDictionary(
            s => s.GetAttribute("name")!, s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "-1");
        fields["file"] = mapUrl.Split("file=")[1];
        var import = await browser.PostFormAsync("/Members/Import/Map?handler=Import", fields, mapUrl);

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
        Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "uploads"), "*.upload").ShouldBeEmpty();
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

    [Fact]
    public async Task An_unknown_import_job_sends_the_user_back_to_the_upload_page()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Members/Import/Progress?job=0123456789abcdef0123456789abcdef");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/Members/Import");
    }

    [Fact]
    public async Task Registering_an_id_known_elsewhere_in_the_county_says_so_without_saying_where()
    {
        var township = await OrgOfAsync("secretary");
        await using var db = app.NewDbContext();
        var elsewhere = await db.Members.Where(m => !m.Organization!.Path.StartsWith(township.Path) && m.ResidentIdCipher != null).FirstAsync();
        var id = app.Services.GetRequiredService<MemberSecrets>().RevealResidentId(elsewhere)!;
        var browser = await Browser.LoginAsync(app, "clerk");

        var response = await browser.PostFormAsync("/Members/Create", new()
        {
            ["Form.Name"] = "重复者",
            ["Form.OrganizationId"] = township.Id.ToString(),
            ["Form.ResidentId"] = id,
            ["Form.Sex"] = elsewhere.Sex.ToString(),
            ["Form.BirthDate"] = elsewhere.BirthDate.ToString("yyyy-MM-dd"),
            ["Form.JoinedOn"] = elsewhere.JoinedOn.ToString("yyyy-MM-dd"),
            ["Form.Status"] = "Full",
            ["Form.Education"] = "HighSchool",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = (await Browser.ParseAsync(response)).Body!.TextContent;
        text.ShouldContain("该身份证号已在系统中登记");
        text.ShouldNotContain(elsewhere.Name);
    }

    [Fact]
    public async Task Transfer_out_keeps_the_member_and_its_history()
    {
        var member = await SomeMemberOfAsync(await OrgOfAsync("secretary"));
        var browser = await Browser.LoginAsync(app, "secretary");

        var response = await browser.PostFormAsync($"/Members/Transfer/{member.Id}?handler=Transfer", new()
        {
            ["Input.Kind"] = "Out",
            ["Input.OtherOrganizationName"] = "外县某村党支部",
            ["Input.On"] = DateTime.Today.ToString("yyyy-MM-dd"),
            ["Input.Version"] = member.Version.ToString(),
        }, $"/Members/Transfer/{member.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, details) = await browser.GetAsync($"/Members/Details/{member.Id}");
        details.QuerySelector("#transfers")!.TextContent.ShouldContain("外县某村党支部");
        await using var db = app.NewDbContext();
        (await db.Members.SingleAsync(m => m.Id == member.Id)).State.ShouldBe(MemberState.TransferredOut);
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, string name, byte[] bytes, int? org = null)
    {
        var (_, form) = await browser.GetAsync("/Members/Import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var orgValue = org?.ToString() ?? form.QuerySelector("#Org option[selected]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(orgValue), "Org" },
            { new ByteArrayContent(bytes), "Roster", name },
        };
        return await browser.Client.PostAsync("/Members/Import", content);
    }

    private static async Task<byte[]> XlsxAsync(string[] headers, string?[][] rows)
    {
        using var stream = new MemoryStream();
        await XlsxStreamWriter.WriteAsync(stream, "Sheet1", headers, rows.ToAsyncEnumerable());
        return stream.ToArray();
    }

    private static async Task<List<string?[]>> ReadXlsxAsync(HttpResponseMessage response)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            using var reader = RosterReader.Open(path, RosterFormat.Xlsx);
            reader.Headers.ShouldBe(MemberExport.Headers);
            return reader.Rows().Select(r => Enumerable.Range(0, MemberExport.Headers.Count).Select(i => RosterReader.Text(r[i])).ToArray()).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
