using Dangjian.Core.Data;
using Dangjian.Core.Identity;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages;

/// <summary>Home: the overview of the user's visible organizations; the 三员 get links to their own work instead.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public bool IsBusiness { get; private set; }
    public string Title { get; private set; } = "";
    public int Members { get; private set; }
    public int Probationary { get; private set; }
    public int Mobile { get; private set; }
    public int NoSmartphone { get; private set; }
    public IReadOnlyList<(OrgLevel Level, int Count)> ByLevel { get; private set; } = [];
    public IReadOnlyList<ChildRow> Children { get; private set; } = [];

    public sealed record ChildRow(Organization Org, int Organizations, int Members);

    public async Task OnGetAsync()
    {
        IsBusiness = Roles.Business.Any(User.IsInRole);
        if (!IsBusiness)
        {
            return;
        }

        // Everything below is already limited to the visible subtrees by the scope filters.
        var own = await db.Organizations.SingleOrDefaultAsync(o => o.Id == User.OrganizationId());
        Title = own?.Name ?? "我联系的党组织";
        Members = await db.Members.CountAsync();
        Probationary = await db.Members.CountAsync(m => m.Status == MemberStatus.Probationary);
        Mobile = await db.Members.CountAsync(m => m.IsMobile);
        NoSmartphone = await db.Members.CountAsync(m => m.NoSmartphone);
        var levels = await db.Organizations.Where(o => o.IsActive && o.Id != User.OrganizationId())
            .GroupBy(o => o.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        ByLevel = levels.OrderBy(l => l.Key).Select(l => (l.Key, l.Count)).ToList();
        Children = await ChildrenAsync(own);
    }

    private async Task<IReadOnlyList<ChildRow>> ChildrenAsync(Organization? own)
    {
        var orgs = await db.Organizations.Where(o => o.IsActive).Select(o => new { o.Id, o.ParentId, o.Path }).ToListAsync();
        var visible = orgs.Select(o => o.Id).ToHashSet();
        var rows = own is null
            ? orgs.Where(o => o.ParentId is null || !visible.Contains(o.ParentId.Value)).Select(o => o.Id)
            : orgs.Where(o => o.ParentId == own.Id).Select(o => o.Id);
        var children = await db.Organizations.Where(o => rows.Contains(o.Id)).OrderBy(o => o.SortOrder).ToListAsync();
        var perOrg = await db.Members.GroupBy(m => m.Organization!.Path).Select(g => new { Path = g.Key, Count = g.Count() }).ToListAsync();
        return children.Select(c => new ChildRow(c,
            orgs.Count(p => p.Path.StartsWith(c.Path, StringComparison.Ordinal)) - 1,
            perOrg.Where(p => p.Path.StartsWith(c.Path, StringComparison.Ordinal)).Sum(p => p.Count))).ToList();
    }
}
