using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.WorkRecords;

/// <summary>The categories a user may choose: the county's own, and the defaults whose code the county did not redefine.</summary>
public static class VisibleCategories
{
    public static async Task<IReadOnlyList<WorkCategory>> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var all = await db.WorkCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var countyCodes = all.Where(c => c.OrganizationId is not null).Select(c => c.Code).ToHashSet();
        return all.Where(c => c.OrganizationId is not null || !countyCodes.Contains(c.Code)).ToList();
    }
}
