using System.Net;
using System.Net.Http.Headers;
using Dangjian.Core.Audit;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>
/// A host holding the audit key can rewrite a row and recompute the whole chain, or cut off the newest rows, and the
/// chain alone still reads 完整: a checkpoint the auditor kept reveals both (page and CLI).
/// </summary>
public sealed class AuditCheckpointTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_recomputed_chain_passes_alone_but_not_against_an_earlier_checkpoint()
    {
        var auditor = await Browser.LoginAdminAsync(app, "auditor");
        var checkpoint = await AuditCheckpointFiles.DownloadAsync(auditor);
        (await AuditCheckpointFiles.CheckAsync(auditor, checkpoint)).ShouldContain("与检查点一致");
        (await AuditCheckpointFiles.CliAsync(app, checkpoint)).ShouldBe(0);

        await using (var db = app.NewDbContext())
        {
            await AuditCheckpointFiles.LiftGuardAsync(app, db);
            await AuditCheckpointFiles.RewriteAndRecomputeAsync(db, app.Services.GetRequiredService<IAuditKey>(), sequence: 10);
        }

        (await auditor.GetAsync("/Audit/Verify")).Html.QuerySelector("#verify-result")!.TextContent.ShouldContain("完整");
        (await AuditCheckpointFiles.CheckAsync(auditor, checkpoint)).ShouldContain("被改写");
        (await AuditCheckpointFiles.CliAsync(app, checkpoint)).ShouldBe(1);
    }

    [Fact]
    public async Task A_tampered_or_foreign_checkpoint_file_is_refused_in_Chinese()
    {
        var auditor = await Browser.LoginAdminAsync(app, "auditor");
        var checkpoint = await AuditCheckpointFiles.DownloadAsync(auditor);
        var forged = System.Text.Encoding.UTF8.GetString(checkpoint).Replace("\"count\": ", "\"count\": 1", StringComparison.Ordinal);
        (await AuditCheckpointFiles.CheckAsync(auditor, System.Text.Encoding.UTF8.GetBytes(forged))).ShouldContain("签名无效");
        var (_, html) = await AuditCheckpointFiles.UploadAsync(auditor, "不是检查点"u8.ToArray());
        html.QuerySelector("#checkpoint-error")!.TextContent.ShouldContain("检查点文件无法读取");
    }
}

/// <summary>Truncation, on a chain of its own (the other class rewrites its chain).</summary>
public sealed class AuditTruncationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Deleting_the_newest_rows_is_reported_against_an_earlier_checkpoint()
    {
        var auditor = await Browser.LoginAdminAsync(app, "auditor");
        var checkpoint = await AuditCheckpointFiles.DownloadAsync(auditor);
        await Browser.LoginAsync(app, "clerk");
        await using (var db = app.NewDbContext())
        {
            var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
            await AuditCheckpointFiles.LiftGuardAsync(app, db);
            await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE sequence > {last - 5}");
        }

        (await auditor.GetAsync("/Audit/Verify")).Html.QuerySelector("#verify-result")!.TextContent.ShouldContain("完整");
        (await AuditCheckpointFiles.CheckAsync(auditor, checkpoint)).ShouldContain("被截断");
        (await AuditCheckpointFiles.CliAsync(app, checkpoint)).ShouldBe(1);
    }
}

internal static class AuditCheckpointFiles
{
    public static async Task<byte[]> DownloadAsync(Browser auditor)
    {
        var response = await auditor.Client.GetAsync("/Audit/Checkpoint?handler=Download");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("audit-checkpoint-");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Html)> UploadAsync(Browser auditor, byte[] file)
    {
        var token = (await auditor.GetAsync("/Audit/Verify")).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(part, "checkpoint", "checkpoint.json");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await auditor.Client.PostAsync("/Audit/Verify", content);
        return (response.StatusCode, await Browser.ParseAsync(response));
    }

    public static async Task<string> CheckAsync(Browser auditor, byte[] file)
    {
        var (status, html) = await UploadAsync(auditor, file);
        status.ShouldBe(HttpStatusCode.OK);
        return html.QuerySelector("#checkpoint-result")!.TextContent;
    }

    public static async Task<int> CliAsync(AppFactory app, byte[] checkpoint)
    {
        var file = Path.Combine(app.Database.DataDirectory, $"kept-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, checkpoint);
        return (await Cli.TryRunAsync(["verify-audit", "--checkpoint", file, $"--Database:Provider={app.Database.Provider}",
            $"--Database:ConnectionString={app.Database.ConnectionString}", $"--Database:DataDirectory={app.Database.DataDirectory}"]))!.Value;
    }

    /// <summary>A DBA with direct access lifts the append-only guard, as the probe did.</summary>
    public static async Task LiftGuardAsync(AppFactory app, Core.Data.AppDbContext db)
    {
        if (app.Database.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_entries_no_update");
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_entries_no_delete");
        }
    }

    /// <summary>Changes one row, then recomputes every later link with the audit key, so the chain verifies again.</summary>
    public static async Task RewriteAndRecomputeAsync(Core.Data.AppDbContext db, IAuditKey key, long sequence)
    {
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= sequence - 1).OrderBy(e => e.Sequence).ToListAsync();
        var previous = entries[0].Hash;
        foreach (var e in entries.Skip(1))
        {
            if (e.Sequence == sequence)
            {
                e.UserName = "someone-else";
            }

            e.PreviousHash = previous;
            e.Hash = AuditChain.ComputeHash(key, previous, e);
            previous = e.Hash;
            await db.Database.ExecuteSqlAsync(
                $"UPDATE audit_entries SET user_name = {e.UserName}, previous_hash = {e.PreviousHash}, hash = {e.Hash} WHERE sequence = {e.Sequence}");
        }
    }
}
