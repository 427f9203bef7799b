using System.Security.Claims;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Dangjian.Web.Meetings;

namespace Dangjian.Web.Infrastructure;

/// <summary>The organization an org-life page is about: the one asked for (null if outside the user's scope → 404), else the user's own or topmost visible one.</summary>
public static class OrgChoice
{
    public static async Task<Organization?> ResolveAsync(AppDbContext db, int? requested, ClaimsPrincipal user)
    {
        if (requested is { } id)
        {
            return await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        }

        var own = user.OrganizationId();
        return await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == own)
            ?? await db.Organizations.AsNoTracking().OrderBy(o => o.Depth).ThenBy(o => o.Path).FirstOrDefaultAsync();
    }

    /// <summary>The same choice kept until the records change (ADR 0023), for a page that keeps what it shows.</summary>
    public static async Task<Organization?> ResolveAsync(AppDbContext db, string head, int? requested, ClaimsPrincipal user) =>
        (await DerivedCache.GetOrComputeAsync(db, head, (nameof(OrgChoice), DerivedCache.Scope(db), requested, user.OrganizationId()), _ => 1,
            async () => new Choice(await ResolveAsync(db, requested, user)))).Organization;

    private sealed record Choice(Organization? Organization);
}
