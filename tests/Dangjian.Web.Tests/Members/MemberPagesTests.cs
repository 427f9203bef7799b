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

public sealed partial class MemberPagesTests(AppFactory app) : IClassFixture<AppFactory>
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
        rows.ShouldContain(r => r[idColumn] != null && ResidentId.Check(r[idColumn], app.Clock.Today()) == ResidentIdError.None);
        (await AuditAsync(AuditAction.Reveal)).ShouldContain(e => e.UserName == "branch" && e.Details!.Contains("\"full\":true"));
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
            ["Input.On"] = app.Clock.Today().ToString("yyyy-MM-dd"),
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
