using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Operations;

internal static class EntrySaves
{
    /// <summary>
    /// Saves and answers the saved id (read after the save: a new record has it only then). When another user saved the
    /// record since it was read (a stale version), nothing is saved and <paramref name="message"/> is keyed by <paramref name="field"/>.
    /// </summary>
    public static async Task<EntryResult> SaveOrStaleAsync(this AppDbContext db, Func<int> id, string field, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EntryResult.Refused(field, message);
        }

        return EntryResult.Saved(id());
    }
}
