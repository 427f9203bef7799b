using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members.Import;

/// <summary>Remembers an organization's column mapping for its next roster import (one preset per organization).</summary>
public sealed class ImportPresetEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> SaveAsync(int organizationId, ColumnMapping mapping, string user, CancellationToken ct = default)
    {
        var preset = await db.ImportPresets.SingleOrDefaultAsync(p => p.OrganizationId == organizationId, ct);
        if (preset is null)
        {
            preset = new ImportPreset { OrganizationId = organizationId, Mapping = "" };
            db.ImportPresets.Add(preset);
        }

        preset.Mapping = mapping.ToPreset();
        preset.UpdatedAtUtc = clock.UtcNow();
        preset.UpdatedBy = user;
        await db.SaveChangesAsync(ct);
        // the import that follows runs on its own context; nothing of this one stays tracked
        db.ChangeTracker.Clear();
        return EntryResult.Saved(preset.Id);
    }
}
