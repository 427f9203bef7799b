using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Guidance;

/// <summary>The kinds a user may choose: the county's own, and the defaults whose code the county did not redefine.</summary>
public static class VisibleKinds
{
    public static async Task<IReadOnlyList<GuidanceKind>> LoadAsync(AppDbContext db, GuidanceFamily family, CancellationToken ct = default)
    {
        var all = await db.GuidanceKinds.AsNoTracking().Where(k => k.Family == family).OrderBy(k => k.SortOrder).ThenBy(k => k.Id).ToListAsync(ct);
        var countyCodes = all.Where(k => k.OrganizationId is not null).Select(k => k.Code).ToHashSet();
        return all.Where(k => k.OrganizationId is not null || !countyCodes.Contains(k.Code)).ToList();
    }
}
