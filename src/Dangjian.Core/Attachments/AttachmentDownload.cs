using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;

namespace Dangjian.Core.Attachments;

/// <summary>Reads an attachment for download and records it in the audit log as an export of its owner's kind.</summary>
public sealed class AttachmentDownload(AppDbContext db, AuditWriter audit, IAuditContext actor, AttachmentFiles files) : IOperation
{
    /// <param name="row">Looked up by the caller through the scope filter; null answers null (404).</param>
    /// <returns>The content, or null when there is no such row or its file is missing or does not decrypt.</returns>
    public async Task<Stream?> OpenAsync(StoredAttachment? row, string targetType, CancellationToken ct = default)
    {
        if (row is null || files.Open(row) is not { } content)
        {
            return null;
        }

        await audit.AppendAsync(db, actor,
            new AuditRecord(AuditAction.Export, targetType, row.Id.ToString(CultureInfo.InvariantCulture), AuditResult.Success, row.FileName), ct);
        return content;
    }
}
