using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Demo;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Members;

/// <summary>
/// A roster import whose Create entries are written in several chunks (on PostgreSQL the members' COPY is left open
/// between them and completed before each chunk): every member gets its own entry, in one run of the chain; an
/// all-or-nothing import that fails after two chunks, or is cancelled with the COPY open, leaves neither members nor
/// entries, and the next import works.
/// </summary>
public sealed class RosterChunkTests(AppFactory app) : IClassFixture<AppFactory>
{
    // Batches are 1,000 rows: entries are written after every second batch, and the third batch's members wait in an open COPY.
    private const int Chunk = 1500;
    private static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "入党时间", "学历"];

    [Fact]
    public async Task Members_of_several_chunks_each_get_their_entry_in_one_run_of_the_chain()
    {
        var org = await VillageAsync();
        var before = await CountsAsync(org.Id);

        var report = await ImportAsync(org, Rows(2500, "甲"));

        report.Committed.ShouldBeTrue(string.Join("; ", report.Errors.Take(3).Select(e => $"{e.Row} {e.Column} {e.Message}")));
        report.Imported.ShouldBe(2500);
        await using var db = app.NewDbContext();
        var members = await db.Members.IgnoreQueryFilters().Where(m => m.OrganizationId == org.Id && m.Name.StartsWith("甲"))
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).ToListAsync();
        members.Select(m => m.Name).ShouldBe(Enumerable.Range(1, 2500).Select(Name("甲")));
        var entries = await db.AuditEntries.Where(e => e.Sequence > before.LastSequence).OrderBy(e => e.Sequence).ToListAsync();
        entries.Count.ShouldBe(2501, "one Create per member and the import's own entry");
        entries.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, 2501).Select(i => before.LastSequence + i), "no gap, nothing in between");
        entries[..2500].ShouldAllBe(e => e.Action == AuditAction.Create && e.TargetType == nameof(Member));
        entries[..2500].Select(e => e.TargetId).ShouldBe(members.Select(m => m.Id.ToString(CultureInfo.InvariantCulture)), "in the members' order");
        entries[..2500].Select(e => System.Text.Json.JsonDocument.Parse(e.Details!).RootElement.GetProperty("Name").GetString())
            .ShouldBe(members.Select(m => m.Name));
        entries[^1].Action.ShouldBe(AuditAction.Import);
        var verification = await new AuditVerifier(app.Services.GetRequiredService<IAuditKey>()).VerifyAsync(db);
        verification.Ok.ShouldBeTrue(verification.Describe());
    }

    [Fact]
    public async Task An_error_after_two_chunks_leaves_nothing_and_the_next_import_works()
    {
        var org = await VillageAsync();
        var before = await CountsAsync(org.Id);
        var rows = Rows(2600, "乙");
        rows[2399][3] = "990101197001010000"; // sheet row 2,401: a wrong check digit, after two batches and their entries were written

        var failed = await ImportAsync(org, rows);

        failed.Committed.ShouldBeFalse();
        failed.Imported.ShouldBe(0);
        failed.Errors.ShouldContain(e => e.Row == 2401);
        (await CountsAsync(org.Id)).ShouldBe(before, "neither members nor audit entries");

        var next = await ImportAsync(org, Rows(1200, "丙"));
        next.Imported.ShouldBe(1200);
        (await CountsAsync(org.Id)).Members.ShouldBe(before.Members + 1200);
    }

    [Fact]
    public async Task An_import_cancelled_with_its_members_copy_open_leaves_nothing_and_the_next_import_works()
    {
        var org = await VillageAsync();
        var before = await CountsAsync(org.Id);
        using var stop = new CancellationTokenSource();

        // two batches and their entries written, the third batch's members sent into the open COPY, then the import is stopped
        var cancelled = await Should.ThrowAsync<Exception>(() => ImportAsync(org, Rows(4000, "丁"), new StopAfter(3000, stop), stop.Token));

        cancelled.ShouldBeAssignableTo<OperationCanceledException>();
        (await CountsAsync(org.Id)).ShouldBe(before, "neither members nor audit entries");
        (await ImportAsync(org, Rows(1100, "戊"))).Imported.ShouldBe(1100);
    }

    /// <summary>Stops the import once it has read this many rows (reported synchronously, unlike Progress&lt;T&gt;).</summary>
    private sealed class StopAfter(int rows, CancellationTokenSource stop) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value >= rows)
            {
                stop.Cancel();
            }
        }
    }

    private async Task<ImportReport> ImportAsync(Organization org, List<string?[]> rows, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        using var stream = new MemoryStream(await LedgerPages.XlsxAsync(Headers, rows));
        using var reader = RosterReader.Open(stream, RosterFormat.Xlsx);
        var writer = app.Services.GetRequiredService<AuditWriter>();
        var actor = new AuditActor("clerk", null, org.Id, "127.0.0.1");
        await using var db = app.NewDbContext();
        var target = await ImportTarget.ForAsync(db, org);
        var importer = new MemberImporter(db, app.Services.GetRequiredService<MemberSecrets>(), writer, actor) { AuditChunk = Chunk };
        return await importer.ImportAsync(reader, ColumnMapping.Guess(reader.Headers), target, app.Clock.Today(), validOnly: false, "名册.xlsx", progress, ct);
    }

    private async Task<Organization> VillageAsync()
    {
        await using var db = app.NewDbContext();
        return await db.Organizations.IgnoreQueryFilters().Where(o => o.Level == OrgLevel.Branch && o.Sector == OrgSector.Village)
            .OrderBy(o => o.Id).FirstAsync();
    }

    private async Task<(int Members, long Entries, long LastSequence)> CountsAsync(int org)
    {
        await using var db = app.NewDbContext();
        return (await db.Members.IgnoreQueryFilters().CountAsync(m => m.OrganizationId == org), await db.AuditEntries.LongCountAsync(),
            await db.AuditEntries.MaxAsync(e => e.Sequence));
    }

    private static Func<int, string> Name(string prefix) => i => $"{prefix}{i}";

    // Region 99 and the row number as sequence: fictional, distinct from the demo county's and from each other.
    private static List<string?[]> Rows(int count, string prefix) => [.. Enumerable.Range(1, count).Select(i =>
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(i);
        var region = "9903" + "甲乙丙丁戊".IndexOf(prefix, StringComparison.Ordinal).ToString("D2", CultureInfo.InvariantCulture);
        return new string?[] { Name(prefix)(i), "男", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FictionalResidentId.Create(region, birth, Sex.Male, i % 500), "2010-07-01", "大专" };
    })];
}
