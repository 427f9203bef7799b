using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages;

public class IndexModel(AppDbContext db) : PageModel
{
    public Organization Root { get; private set; } = null!;
    public int Members { get; private set; }
    public int Probationary { get; private set; }
    public int Mobile { get; private set; }
    public int NoSmartphone { get; private set; }
    public IReadOnlyList<(OrgLevel Level, int Count)> ByLevel { get; private set; } = [];
    public IReadOnlyList<ChildRow> Children { get; private set; } = [];

    public sealed record ChildRow(Organization Org, int Organizations, int Members);

    public async Task OnGetAsync()
    {
        Root = await db.Organizations.SingleAsync(o => o.Id == User.OrganizationId());
        var members = db.Members.Where(m => m.Organization!.Path.StartsWith(Root.Path));
        Members = await members.CountAsync();
        Probationary = await members.CountAsync(m => m.Status == MemberStatus.Probationary);
        Mobile = await members.CountAsync(m => m.IsMobile);
        NoSmartphone = await members.CountAsync(m => m.NoSmartphone);
        var levels = await db.Organizations.Where(o => o.IsActive && o.Path.StartsWith(Root.Path) && o.Id != Root.Id)
            .GroupBy(o => o.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        ByLevel = levels.OrderBy(l => l.Key).Select(l => (l.Key, l.Count)).ToList();
        Children = await ChildrenAsync();
    }

    private async Task<IReadOnlyList<ChildRow>> ChildrenAsync()
    {
        var children = await db.Organizations.Where(o => o.ParentId == Root.Id && o.IsActive).OrderBy(o => o.SortOrder).ToListAsync();
        var perOrg = await db.Members.Where(m => m.Organization!.Path.StartsWith(Root.Path))
            .GroupBy(m => m.Organization!.Path).Select(g => new { Path = g.Key, Count = g.Count() }).ToListAsync();
        var orgPaths = await db.Organizations.Where(o => o.IsActive && o.Path.StartsWith(Root.Path)).Select(o => o.Path).ToListAsync();
        return children.Select(c => new ChildRow(c,
            orgPaths.Count(p => p.StartsWith(c.Path, StringComparison.Ordinal)) - 1,
            perOrg.Where(p => p.Path.StartsWith(c.Path, StringComparison.Ordinal)).Sum(p => p.Count))).ToList();
    }
}
