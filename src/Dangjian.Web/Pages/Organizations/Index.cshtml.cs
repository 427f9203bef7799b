using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Organizations;

public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Node(Organization Org, int Members, IReadOnlyList<Node> Children, bool Expanded);

    public IReadOnlyList<Node> Roots { get; private set; } = [];
    public bool ShowInactive { get; private set; }

    public async Task OnGetAsync(bool inactive = false)
    {
        ShowInactive = inactive;
        var orgs = await db.Organizations.AsNoTracking()
            .Where(o => inactive || o.IsActive)
            .OrderBy(o => o.Depth).ThenBy(o => o.SortOrder).ThenBy(o => o.Name)
            .ToListAsync();
        var members = await db.Members.GroupBy(m => m.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var byParent = orgs.ToLookup(o => o.ParentId);
        var ids = orgs.Select(o => o.Id).ToHashSet();
        var roots = orgs.Where(o => o.ParentId is null || !ids.Contains(o.ParentId.Value)).ToList();
        var openDepth = roots.Count == 0 ? 0 : roots.Min(o => o.Depth);
        Node Build(Organization o) => new(o, members.GetValueOrDefault(o.Id), byParent[o.Id].Select(Build).ToList(), o.Depth <= openDepth);
        Roots = roots.Select(Build).ToList();
    }
}
