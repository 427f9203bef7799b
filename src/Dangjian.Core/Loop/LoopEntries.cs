using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop;

/// <summary>The checks and saving the responsibility-loop entries share (the scope filter decides what is visible).</summary>
internal static class LoopEntries
{
    /// <summary>Whether every id is an active organization the scope shows below <paramref name="own"/> (or <paramref name="own"/> itself when allowed).</summary>
    public static async Task<bool> AllBelowAsync(AppDbContext db, int own, IEnumerable<int> ids, bool includeOwn, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        // Only the bound of the range: a liaison leader's scope need not show their own organization.
        var ownPath = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == own).Select(o => o.Path).SingleOrDefaultAsync(ct);
        if (ownPath is null)
        {
            return list.Count == 0;
        }

        var found = await db.Organizations.Under(o => o.Path, ownPath).CountAsync(o => list.Contains(o.Id) && o.IsActive && (includeOwn || o.Id != own), ct);
        return found == list.Count;
    }

    /// <summary>Adds the message under <paramref name="field"/> when no organization is chosen or the chosen one is not one of <see cref="AllBelowAsync"/>'s.</summary>
    public static async Task CheckBelowAsync(AppDbContext db, Dictionary<string, string> errors, string field, int own, int? id, bool includeOwn,
        string message, CancellationToken ct)
    {
        if (id is not { } chosen || !await AllBelowAsync(db, own, [chosen], includeOwn, ct))
        {
            errors[field] = message;
        }
    }

    /// <summary>Adds the message under "TagId" when the chosen tag is not one of the county's of this family.</summary>
    public static async Task CheckTagAsync(AppDbContext db, Dictionary<string, string> errors, RecordFamily family, int? tagId, CancellationToken ct)
    {
        if (tagId is not null && VisibleTags.Check(tagId, await VisibleTags.LoadAsync(db, family, ct)) is { } error)
        {
            errors["TagId"] = error;
        }
    }

    /// <summary>Saves a changed versioned row; a stale version is the conflict message given (<see cref="EntrySaves"/>).</summary>
    public static Task<EntryResult> SaveAsync(AppDbContext db, int id, string staleMessage, CancellationToken ct) =>
        db.SaveOrStaleAsync(() => id, "", staleMessage, ct);

    /// <summary>Adds the message under <paramref name="field"/> when the date is missing (a form refused by the binder already says so).</summary>
    public static void Required(Dictionary<string, string> errors, string field, DateOnly? day, string message)
    {
        if (day is null)
        {
            errors[field] = message;
        }
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
