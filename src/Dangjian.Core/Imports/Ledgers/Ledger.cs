using Dangjian.Core.Data;
using Dangjian.Core.Members.Import;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// The shared pipeline of every ledger: columns found by header (label or synonym), each row parsed by the kind into
/// a record, recognised by its natural key (a row already in the system — imported before or typed in — is skipped,
/// so a file can be imported again without duplicating), and written in chunks inside the caller's transaction.
/// </summary>
public abstract class Ledger<TField, TRecord, TLookups> : ILedger
    where TField : struct, Enum
    where TRecord : class, IVersioned
{
    private const int Chunk = 500;

    public abstract string Code { get; }
    public abstract string Title { get; }
    public abstract string Description { get; }
    public abstract IReadOnlyList<SheetColumn<TField>> Columns { get; }
    public abstract IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Required ? c.Label + "*" : c.Label)];

    public void WriteTemplate(Stream output) => ImportTemplate.Write(output, Title, Columns, [.. Notes, .. CommonNotes]);

    public bool IsKnownHeader(string? header) => SheetColumns.Find(Columns, header) is not null;

    /// <summary>Everything a row's parse looks up (organizations come with the scope): members, categories…</summary>
    protected abstract Task<TLookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct);

    /// <summary>The record a row describes, or null after reporting each problem through <paramref name="cells"/>.</summary>
    protected abstract TRecord? Parse(LedgerCells<TField> cells, TLookups lookups, LedgerScope scope);

    /// <summary>What makes two rows the same fact (organization, date, kind, title…), built the same way from a stored record.</summary>
    protected abstract string Key(TRecord record);

    protected abstract int OrganizationOf(TRecord record);

    protected abstract DateOnly DateOf(TRecord record);

    /// <summary>Stored records of these organizations dated within [from, to], to recognise rows already in the system.</summary>
    protected abstract IQueryable<TRecord> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to);

    /// <summary>One line of the preview, e.g. "2026-03-05 杏花村党支部 支部党员大会：……".</summary>
    protected abstract string Describe(TRecord record, LedgerScope scope);

    protected abstract int IdOf(TRecord record);

    protected abstract IQueryable<TRecord> ByIds(AppDbContext db, IReadOnlyCollection<int> ids);

    protected abstract Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct);

    /// <summary>A date as the ledgers write it (in exported rows and fingerprints).</summary>
    protected static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds one chunk of new records and saves; a kind with child rows in quantity may store them its own way.</summary>
    protected virtual async Task AddAsync(AppDbContext db, IReadOnlyList<TRecord> records, CancellationToken ct)
    {
        db.AddRange(records);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Why records of a batch cannot be removed because of records built on them (beyond their own edits), or null.</summary>
    protected virtual Task<string?> BuiltOnAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) => Task.FromResult<string?>(null);

    private static IReadOnlyList<string> CommonNotes =>
    [
        "“党组织”列可填组织编码、党组织全称或简称，须是您管辖范围内在用的党组织。",
        "日期填写事情实际发生的日期（可以是往年），如 2026-03-15、2026/3/15 或 2026年3月15日，不能晚于今天。",
        "同一个文件可以重复导入：系统中已有的同一事项（以前导入或手工录入的）会被识别并跳过，不会重复登记。",
        "有任何一行出错时，整个文件都不导入，并列出每个错误所在的行和列。导入后可在“导入记录”中整批撤销（导入的记录被修改过的除外）。",
    ];

    public async Task<LedgerCheck> CheckAsync(AppDbContext db, RosterReader reader, LedgerScope scope, CancellationToken ct) =>
        (await RunAsync(db, reader, scope, write: false, ct)).Check;

    public async Task<(LedgerCheck Check, IReadOnlyList<ImportBatchRecord> Created)> ImportAsync(AppDbContext db, RosterReader reader,
        LedgerScope scope, CancellationToken ct) =>
        await RunAsync(db, reader, scope, write: true, ct);

    /// <summary>
    /// One pass over the sheet: every row parsed and checked; rows recognised per chunk against what is stored (earlier
    /// chunks of this file are caught as repeated rows); with <paramref name="write"/>, each chunk's new rows added while
    /// no row so far has a problem.
    /// </summary>
    private async Task<(LedgerCheck Check, IReadOnlyList<ImportBatchRecord> Created)> RunAsync(AppDbContext db, RosterReader reader,
        LedgerScope scope, bool write, CancellationToken ct)
    {
        var check = new LedgerCheck();
        var created = new List<ImportBatchRecord>();
        if (Index(reader, check) is not { } index)
        {
            return (check, created);
        }

        var lookups = await LoadAsync(db, scope, ct);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<TRecord>();
        foreach (var row in reader.Rows())
        {
            check.RowCount++;
            var cells = new LedgerCells<TField>(row, index, Columns, check.Report);
            var record = Parse(cells, lookups, scope);
            if (record is null || cells.HasProblems)
            {
                continue;
            }

            var key = Key(record);
            if (!firstRow.TryAdd(key, row.RowNumber))
            {
                check.Report(new ImportProblem(row.RowNumber, Columns[0].Label, $"与第{firstRow[key]}行是同一事项（重复行）。"));
            }
            else if (check.Succeeded || !write)
            {
                pending.Add(record);
                if (pending.Count == Chunk)
                {
                    await FlushAsync();
                }
            }
        }

        if (check.RowCount == 0)
        {
            check.Report(new ImportProblem(0, "", "文件中没有数据行。"));
        }

        if (check.Succeeded || !write)
        {
            await FlushAsync();
        }

        return (check, created);

        async Task FlushAsync()
        {
            if (pending.Count == 0)
            {
                return;
            }

            var orgIds = pending.Select(OrganizationOf).ToHashSet();
            var stored = await Stored(db, orgIds, pending.Min(DateOf), pending.Max(DateOf)).AsNoTracking().ToListAsync(ct);
            var existing = stored.Select(Key).ToHashSet(StringComparer.Ordinal);
            var fresh = pending.Where(r => !existing.Contains(Key(r))).ToList();
            check.ExistingCount += pending.Count - fresh.Count;
            check.NewKeys.UnionWith(fresh.Select(Key));
            check.Samples.AddRange(fresh.Take(LedgerCheck.MaxSamples - check.Samples.Count).Select(r => Describe(r, scope)));
            if (write && fresh.Count > 0)
            {
                await AddAsync(db, fresh, ct);
                created.AddRange(fresh.Select(r => new ImportBatchRecord { RecordId = IdOf(r), RecordVersion = r.Version }));
            }

            pending.Clear();
            if (write)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<string?> UndoProblemAsync(AppDbContext db, IReadOnlyList<ImportBatchRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.RecordId).ToList();
        var versions = await ByIds(db, ids).AsNoTracking().ToDictionaryAsync(IdOf, r => r.Version, ct);
        var gone = records.Count(r => !versions.ContainsKey(r.RecordId));
        var changed = records.Count(r => versions.TryGetValue(r.RecordId, out var v) && v != r.RecordVersion);
        if (gone > 0 || changed > 0)
        {
            return $"导入的记录中有{(gone > 0 ? $"{gone}条已被删除" : "")}{(gone > 0 && changed > 0 ? "、" : "")}{(changed > 0 ? $"{changed}条已被修改" : "")}，不能整批撤销。请逐条处理。";
        }

        return await BuiltOnAsync(db, ids, ct);
    }

    /// <summary>Removes a batch's records in chunks; a kind whose records wrap stored entities removes those instead.</summary>
    public virtual async Task RemoveAsync(AppDbContext db, IReadOnlyList<ImportBatchRecord> records, CancellationToken ct)
    {
        foreach (var chunk in records.Select(r => r.RecordId).Chunk(Chunk))
        {
            db.RemoveRange(await ByIds(db, chunk).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
        }
    }

    public Task<IReadOnlyList<string?[]>> ExportAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct) =>
        ExportRowsAsync(db, scope, year, ct);

    /// <summary>Column positions by field; null after reporting the required columns the sheet lacks.</summary>
    private Dictionary<TField, int>? Index(RosterReader reader, LedgerCheck check)
    {
        var index = new Dictionary<TField, int>();
        for (var i = 0; i < reader.Headers.Count; i++)
        {
            if (SheetColumns.Find(Columns, reader.Headers[i]) is { } column)
            {
                index.TryAdd(column.Field, i);
            }
        }

        var missing = Columns.Where(c => c.Required && !index.ContainsKey(c.Field)).ToList();
        foreach (var c in missing)
        {
            check.Report(new ImportProblem(0, c.Label, $"文件中没有“{c.Label}”列，这可能不是{Title}。请使用下载的{Title}模板，第一行为列名。"));
        }

        return missing.Count == 0 ? index : null;
    }
}
