using Dangjian.Core.Data;
using Dangjian.Core.Members.Import;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// A ledger (台账) a year holds in quantity — meetings, work records, inspections… — as one sheet: its template, its
/// check and import, the undo of a batch, and its export in the template's layout. Kinds derive from
/// <see cref="Ledger{TField, TRecord, TLookups}"/>; <see cref="LedgerImport"/> drives them.
/// </summary>
public interface ILedger
{
    /// <summary>Stable code in URLs and batches, e.g. "meetings".</summary>
    string Code { get; }

    /// <summary>The ledger's Chinese name, e.g. "三会一课台账".</summary>
    string Title { get; }

    /// <summary>The ledger's records as the duty report's sections name them, shown on the import page.</summary>
    string Description { get; }

    /// <summary>The columns' headers as the template and the export write them (required ones marked "*").</summary>
    IReadOnlyList<string> Headers { get; }

    void WriteTemplate(Stream output);

    bool IsKnownHeader(string? header);

    /// <summary>Reads every row (streaming) and checks it against the file and the database; writes nothing.</summary>
    Task<LedgerCheck> CheckAsync(AppDbContext db, RosterReader reader, LedgerScope scope, CancellationToken ct);

    /// <summary>
    /// Checks every row as <see cref="CheckAsync"/> does and, while none has a problem, adds the new ones in chunks inside
    /// the caller's transaction (one pass over the sheet); the caller commits only when the check succeeded.
    /// </summary>
    Task<(LedgerCheck Check, IReadOnlyList<ImportBatchRecord> Created)> ImportAsync(AppDbContext db, RosterReader reader, LedgerScope scope, CancellationToken ct);

    /// <summary>Why the records cannot be removed (changed or built on since the import), or null when they can; removes nothing.</summary>
    Task<string?> UndoProblemAsync(AppDbContext db, IReadOnlyList<ImportBatchRecord> records, CancellationToken ct);

    Task RemoveAsync(AppDbContext db, IReadOnlyList<ImportBatchRecord> records, CancellationToken ct);

    /// <summary>The records of <paramref name="year"/> under the scope's root, one row per record in the template's columns.</summary>
    Task<IReadOnlyList<string?[]>> ExportAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct);
}

/// <summary>
/// What a check found: the first problems (at most <see cref="MaxProblems"/>, with the total), how many rows are new
/// and how many already exist, a few new rows described for the preview, and the natural keys of the new rows.
/// </summary>
public sealed class LedgerCheck
{
    public const int MaxProblems = 200;
    public const int MaxSamples = 10;

    public List<ImportProblem> Problems { get; } = [];
    public int ProblemCount { get; private set; }
    public int RowCount { get; set; }
    public HashSet<string> NewKeys { get; } = new(StringComparer.Ordinal);
    public int ExistingCount { get; set; }
    public List<string> Samples { get; } = [];
    public bool Succeeded => ProblemCount == 0;

    public void Report(ImportProblem problem)
    {
        ProblemCount++;
        if (Problems.Count < MaxProblems)
        {
            Problems.Add(problem);
        }
    }
}
