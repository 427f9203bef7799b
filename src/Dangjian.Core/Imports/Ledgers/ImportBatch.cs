using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// One ledger import: which ledger, into which organization's subtree, by whom, and the records it created, so the
/// importing organization can list it and undo it as a whole while nothing built on it has changed.
/// </summary>
public class ImportBatch : IVersioned
{
    public int Id { get; set; }

    /// <summary>The importing user's organization; the batch is seen (and undone) within its scope.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary><see cref="ILedger.Code"/>, e.g. "meetings".</summary>
    public required string Ledger { get; set; }
    public required string FileName { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public required string ImportedBy { get; set; }
    public int RowCount { get; set; }
    public int CreatedCount { get; set; }

    /// <summary>Rows recognised as already in the system (imported before, or entered by hand) and skipped.</summary>
    public int ExistingCount { get; set; }
    public DateTime? UndoneAtUtc { get; set; }
    public string? UndoneBy { get; set; }

    public List<ImportBatchRecord> Records { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>A record a batch created and its version then; bookkeeping of the batch (the records themselves are audited).</summary>
public class ImportBatchRecord : INotAudited
{
    public int BatchId { get; set; }
    public ImportBatch? Batch { get; set; }
    public int RecordId { get; set; }
    public int RecordVersion { get; set; }
}
