using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop;

/// <summary>The checks and saving the responsibility-loop entries share (the scope filter decides what is visible).</summary>
internal static class LoopEntries
{
    /// <summary>Whether every id is an active organization the scope shows below <paramref name="own"/> (or <paramref name="own"/> itself when allowed).</summary>
    public static async Task<bool> AllBelowAsync(AppDbContext db, int own, IEnumerable<int> ids, bool includeOwn, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var marker = "/" + own.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
        var found = await db.Organizations.CountAsync(o => list.Contains(o.Id) && o.IsActive && o.Path.Contains(marker) && (includeOwn || o.Id != own), ct);
        return found == list.Count;
    }

    /// <summary>Adds the message under "TagId" when the chosen tag is not one of the county's of this family.</summary>
    public static async Task CheckTagAsync(AppDbContext db, Dictionary<string, string> errors, RecordFamily family, int? tagId, CancellationToken ct)
    {
        if (tagId is not null && VisibleTags.Check(tagId, await VisibleTags.LoadAsync(db, family, ct)) is { } error)
        {
            errors["TagId"] = error;
        }
    }

    /// <summary>Saves a changed versioned row; a stale version is the conflict message given.</summary>
    public static async Task<EntryResult> SaveAsync(AppDbContext db, int id, string staleMessage, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Refused("", staleMessage);
        }

        return EntryResult.Saved(id);
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
