using System.Security.Claims;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop;

/// <summary>Choices and facts shared by the responsibility-loop pages (the scope filters decide what is visible).</summary>
public static class LoopChoices
{
    /// <summary>Organizations below the user's own that the user can see, in tree order.</summary>
    public static async Task<IReadOnlyList<Organization>> BelowAsync(AppDbContext db, ClaimsPrincipal user)
    {
        var own = user.OrganizationId();
        return await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Id != own && o.Path.Contains("/" + own.ToString() + "/"))
            .OrderBy(o => o.Path).ToListAsync();
    }

    /// <summary>Names of the visible organizations among these ids; an invisible one (a level above) reads "上级党组织".</summary>
    public static async Task<Func<int, string>> NamesAsync(AppDbContext db, IEnumerable<int> ids)
    {
        var list = ids.Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        return id => names.GetValueOrDefault(id, "上级党组织");
    }

    public static RectificationActor Actor(ClaimsPrincipal user, TimeProvider time) =>
        new(user.OrganizationId(), user.FindFirstValue(AppClaimsFactory.DisplayName) ?? user.Name(), time.UtcNow());

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
