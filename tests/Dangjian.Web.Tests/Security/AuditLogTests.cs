using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>The audit log through the application, on the database of this run.</summary>
public sealed class AuditLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_page_edit_is_logged_with_before_and_after()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == Core.Demo.DemoCounty.DetailedTownshipName);
        var browser = await Browser.LoginAsync(app, "secretary");
        (await browser.PostFormAsync($"/Organizations/Edit/{township.Id}", new()
        {
            ["Form.Name"] = township.Name, ["Form.Level"] = township.Level.ToString(), ["Form.Sector"] = township.Sector.ToString(),
            ["Form.SecretaryName"] = "审计测试", ["Form.Version"] = township.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var entry = await db.AuditEntries.Where(e => e.Action == AuditAction.Update && e.TargetId == township.Id.ToString())
            .OrderByDescending(e => e.Sequence).FirstAsync();
        entry.UserName.ShouldBe("secretary");
        entry.Details!.ShouldContain("审计测试");
        entry.Details!.ShouldContain(township.SecretaryName!);
    }

    [Fact]
    public async Task The_auditor_searches_exports_and_the_export_is_itself_logged()
    {
        await Browser.LoginAsync(app, "clerk");
        var auditor = await Browser.LoginAdminAsync(app, "auditor");
        var (_, html) = await auditor.GetAsync("/Audit?Search.User=clerk&Search.Action=LoginSucceeded");
        var rows = html.QuerySelectorAll("#audit-entries tbody tr");
        rows.Length.ShouldBeGreaterThan(0);
        rows.ShouldAllBe(r => r.TextContent.Contains("clerk"));

        var export = await auditor.Client.GetAsync("/Audit/Export?Search.User=clerk");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a BOM, so Excel reads the Chinese text as UTF-8");
        System.Text.Encoding.UTF8.GetString(bytes[3..]).ShouldStartWith("序号,时间,用户");
        await using var db = app.NewDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export && e.UserName == "auditor")).ShouldBeTrue();
    }

    [Fact]
    public async Task Tampering_with_one_row_in_the_database_is_reported_at_that_row()
    {
        var auditor = await Browser.LoginAdminAsync(app, "auditor");
        (await auditor.GetAsync("/Audit/Verify")).Html.QuerySelector("#verify-result")!.TextContent.ShouldContain("完整");

        await using var db = app.NewDbContext();
        var target = await db.AuditEntries.OrderBy(e => e.Sequence).Skip(10).Select(e => e.Sequence).FirstAsync();
        // A DBA with direct access: lifts the append-only guard, rewrites a row, puts the guard back.
        if (app.Database.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete");
            await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET user_name = 'someone-else' WHERE sequence = {target}");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_entries_no_update");
            await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET user_name = 'someone-else' WHERE sequence = {target}");
        }

        var result = (await auditor.GetAsync("/Audit/Verify")).Html.QuerySelector("#verify-result")!.TextContent;
        result.ShouldContain($"第 {target} 条");
    }

    [Fact]
    public async Task The_database_refuses_updates_of_the_log()
    {
        await using var db = app.NewDbContext();
        await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE sequence = 1"));
    }
}
