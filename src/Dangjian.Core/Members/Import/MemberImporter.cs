using System.Diagnostics;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members.Import;

/// <summary>Where imported members go: the chosen organization, or the branch a row names (by full or short name) inside it.</summary>
public sealed record ImportTarget(Organization Root, IReadOnlyDictionary<string, int> Branches)
{
    /// <summary>The active organizations of <paramref name="root"/>'s subtree that the (scoped) context can see.</summary>
    public static async Task<ImportTarget> ForAsync(AppDbContext db, Organization root, CancellationToken ct = default)
    {
        var orgs = await db.Organizations.AsNoTracking()
            .Where(o => o.IsActive && o.Path.StartsWith(root.Path))
            .Select(o => new { o.Id, o.Name, o.ShortName })
            .ToListAsync(ct);
        var branches = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in orgs)
        {
            branches.TryAdd(o.Name.Trim(), o.Id);
        }

        foreach (var o in orgs.Where(o => !string.IsNullOrWhiteSpace(o.ShortName)))
        {
            branches.TryAdd(o.ShortName!.Trim(), o.Id);
        }

        return new ImportTarget(root, branches);
    }
}

/// <summary>The outcome of a preview or an import.</summary>
public sealed record ImportReport(
    int Rows,
    int ValidRows,
    int Imported,
    int ErrorCount,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ParsedRow> Sample,
    bool Committed,
    TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : Rows;
}

/// <summary>
/// Validates and imports a roster in one streaming pass. Rows are read, parsed and encrypted on another thread
/// (<see cref="RosterBatches"/>) while this one writes them in batches of
/// <see cref="BatchSize"/> (prepared INSERTs on SQLite, one open COPY on PostgreSQL, see <see cref="MemberBulkInsert"/>, plus one
/// audit entry per member, written <see cref="AuditChunk"/> at a time) inside ONE transaction: by default all-or-nothing (the
/// first error stops writing, validation goes on so every error is reported, and the transaction is rolled back);
/// with <c>validOnly</c> the rows with errors are skipped and the rest committed. Resident IDs are checked against the
/// whole deployment (on PostgreSQL ahead of the writer on a connection of its own, <see cref="AheadOfWriter"/>; on SQLite
/// through <see cref="MemberRegistry"/>) and against earlier rows of the same file.
/// </summary>
public sealed class MemberImporter(AppDbContext db, MemberSecrets secrets, AuditWriter audit, IAuditContext actor)
{
    public const int BatchSize = 1000;
    public const int MaxErrorsKept = 1000;

    /// <summary>
    /// The members' Create entries are written this many at a time: between two chunks the members go into one COPY
    /// (PostgreSQL) without waiting for the server batch by batch; 10,000 entries held meanwhile take about 10 MB.
    /// </summary>
    public int AuditChunk { get; init; } = 10 * BatchSize;

    private readonly MemberRegistry registry = new(db, TimeProvider.System); // for look-ups only: it records no transfer, so no time

    /// <summary>The details of a member's Create entry (computed on the reading thread, before the member has its id).</summary>
    internal static string CreatedDetails(Member m, string? fileName) =>
        JsonSerializer.Serialize(new
        {
            source = "import",
            file = fileName,
            m.OrganizationId,
            m.Name,
            ResidentId = m.ResidentIdMasked,
            Phone = m.PhoneMasked,
            BirthDate = m.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = m.Status.ToString(),
        });

    public Task<ImportReport> PreviewAsync(RosterReader reader, ColumnMapping mapping, ImportTarget target, DateOnly today,
        int sampleRows = 20, CancellationToken ct = default) =>
        RunAsync(reader, mapping, target, today, write: false, validOnly: false, sampleRows, null, null, ct);

    public async Task<ImportReport> ImportAsync(RosterReader reader, ColumnMapping mapping, ImportTarget target, DateOnly today,
        bool validOnly, string? fileName = null, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await RunAsync(reader, mapping, target, today, write: true, validOnly, 0, fileName, progress, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<ImportReport> RunAsync(RosterReader reader, ColumnMapping mapping, ImportTarget target, DateOnly today,
        bool write, bool validOnly, int sampleRows, string? fileName, IProgress<int>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var parser = new RosterRowParser(mapping, target.Branches, target.Root.Id, today);
        var errors = new List<ImportError>();
        var sample = new List<ParsedRow>();
        int rows = 0, valid = 0, imported = 0, errorCount = 0;

        await using var tx = write ? await db.Database.BeginTransactionAsync(ct) : null;
        await using var insert = write ? new MemberBulkInsert(db) : null;
        await using var ahead = AheadOfWriter.For(db, write);
        var head = new AuditHead();
        var entries = new List<AuditEntry>();
        if (write)
        {
            await audit.HoldHeadAsync(db, head, ct);
        }
        int? firstId = null, lastId = null;

        async Task FlushAsync(List<IndexedRow> batch, HashSet<string> registered)
        {
            rows += batch.Count;
            var members = new List<Member>(batch.Count);
            var details = new List<string>(batch.Count);
            foreach (var (row, index, created) in batch)
            {
                var rowErrors = row.Errors.ToList();
                if (index is not null && registered.Contains(index))
                {
                    rowErrors.Add(new ImportError(row.Row, mapping.ColumnName(RosterField.ResidentId), MemberRegistry.DuplicateResidentId + "。"));
                }

                if (rowErrors.Count > 0)
                {
                    errorCount += rowErrors.Count;
                    errors.AddRange(rowErrors.Take(Math.Max(0, MaxErrorsKept - errors.Count)));
                }
                else
                {
                    valid++;
                }

                if (sample.Count < sampleRows)
                {
                    sample.Add(row with { Errors = rowErrors });
                }

                if (write && (validOnly || errorCount == 0) && rowErrors.Count == 0 && row.Member is { } member)
                {
                    members.Add(member);
                    details.Add(created!);
                }
            }

            if (ahead is not null && !validOnly && errorCount > 0)
            {
                ahead.Writing = false;
            }

            if (members.Count > 0 && (validOnly || errorCount == 0))
            {
                await insert!.AppendAsync(members, ct);
                firstId ??= members[0].Id;
                lastId = members[^1].Id;
                var created = members.Select((m, i) => new AuditRecord(AuditAction.Create, nameof(Member),
                    m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Details: details[i])).ToList();

                // One Create entry per member, as the EF interceptor would write for a single save; chained now, written
                // a chunk at a time once the members' COPY is completed (one connection carries one COPY at a time).
                entries.AddRange(audit.ChainAfter(db, head, actor, created));
                imported += members.Count;
                if (entries.Count >= AuditChunk)
                {
                    await WriteEntriesAsync();
                }
            }

            progress?.Report(rows);
        }

        async Task WriteEntriesAsync()
        {
            await insert!.EndOpenCopyAsync(ct);
            await audit.InsertAsync(db, entries, ct);
            entries.Clear();
        }

        // Reading, checking and encrypting run on another thread while this one writes (RosterBatches), and on PostgreSQL
        // the deployment-wide check on a connection of its own (RegisteredAhead).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var (batches, reading) = new RosterBatches(reader, parser, mapping, secrets, fileName, write).Start(BatchSize, stop.Token);
        var (checkedBatches, checking) = ahead is null ? (null, Task.CompletedTask) : ahead.Start(batches, stop.Token);
        try
        {
            if (checkedBatches is null)
            {
                await foreach (var batch in batches.ReadAllAsync(ct))
                {
                    await FlushAsync(batch, await registry.RegisteredResidentIdIndexesAsync(
                        batch.Where(b => b.Index is not null).Select(b => b.Index!).ToList(), ct));
                }
            }
            else
            {
                await foreach (var batch in checkedBatches.ReadAllAsync(ct))
                {
                    await FlushAsync(batch.Rows, batch.Registered);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(Task.WhenAny(reading), Task.WhenAny(checking)); // the reader is the caller's: reading ends before it is disposed
        }

        await reading; // a file that cannot be read to its end fails the import, as before

        var commit = write && (validOnly || errorCount == 0) && imported > 0;
        if (tx is not null)
        {
            await insert!.EndOpenCopyAsync(ct);
            if (commit)
            {
                // the import's own entry closes the chain's run, after the last chunk of Create entries
                entries.AddRange(audit.ChainAfter(db, head, actor, [new AuditRecord(AuditAction.Import, nameof(Member), target.Root.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Details: JsonSerializer.Serialize(new { file = fileName, organization = target.Root.Name, rows, imported, rowsWithErrors = rows - valid, validOnly, firstId, lastId }))]));
                await WriteEntriesAsync();
                await tx.CommitAsync(ct);
            }
            else
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                imported = 0;
            }
        }

        return new ImportReport(rows, valid, imported, errorCount, errors, sample, commit, clock.Elapsed);
    }
}
