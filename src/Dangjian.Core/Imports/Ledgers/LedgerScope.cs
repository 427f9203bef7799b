using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// Where and by whom a ledger is imported: the importing user's organization and the active organizations below it
/// (read through the scoped context, so nothing outside the user's reach can be named), today in Beijing, and the
/// entry stamp every imported record carries.
/// </summary>
public sealed class LedgerScope
{
    private readonly Dictionary<string, Organization> byCode;
    private readonly ILookup<string, Organization> byName;

    private LedgerScope(Organization root, List<Organization> organizations, string userName, TimeProvider clock)
    {
        Root = root;
        Organizations = organizations;
        UserName = userName;
        Today = clock.Today();
        NowUtc = clock.UtcNow();
        byCode = organizations.Where(o => o.Code is not null).ToDictionary(o => o.Code!, StringComparer.OrdinalIgnoreCase);
        byName = organizations.SelectMany(o => new[] { o.Name, o.ShortName }.OfType<string>().Distinct().Select(n => (Name: n, Org: o)))
            .ToLookup(x => x.Name, x => x.Org);
    }

    public Organization Root { get; }
    public IReadOnlyList<Organization> Organizations { get; }
    public string UserName { get; }
    public DateOnly Today { get; }
    public DateTime NowUtc { get; }

    public static async Task<LedgerScope?> OpenAsync(AppDbContext db, int userOrganizationId, string userName, TimeProvider clock, CancellationToken ct)
    {
        var root = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == userOrganizationId && o.IsActive, ct);
        if (root is null)
        {
            return null;
        }

        var organizations = await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Path.StartsWith(root.Path)).ToListAsync(ct);
        return new LedgerScope(root, organizations, userName, clock);
    }

    /// <summary>代录: entered by a user of another organization (the level above, or a clerk).</summary>
    public bool IsProxyFor(int organizationId) => organizationId != Root.Id;

    /// <summary>The organization a cell names by code, full name or short name; the Chinese problem when none or several.</summary>
    public Organization? Resolve(string text, out string? problem)
    {
        problem = null;
        if (byCode.TryGetValue(text, out var coded))
        {
            return coded;
        }

        var named = byName[text].Distinct().ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        problem = named.Count == 0
            ? $"在{Root.Name}及其下级党组织中找不到“{text}”。请填写组织编码或党组织全称（须是在用的党组织）。"
            : $"有{named.Count}个党组织叫“{text}”，请改填组织编码。";
        return null;
    }

    /// <summary>How an export names an organization: its code when it has one, else its full name.</summary>
    public static string NameOf(Organization organization) => organization.Code ?? organization.Name;
}
