using System.Security.Claims;
using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// The signed-in user's visible subtrees, looked up once per request (so a moved organization or a changed
/// assignment takes effect at once): a liaison leader sees the branches assigned to them; every other account the
/// subtree of its organization (the 三员 are kept from business pages by the page policies, see PageAccess);
/// anonymous requests see nothing. Outside a request (start-up, background jobs) the scope is unrestricted.
/// </summary>
public sealed class HttpOrgScope(IHttpContextAccessor http, IServiceProvider services) : IOrgScope
{
    private IReadOnlyList<string>? paths;
    private bool resolved;

    public IReadOnlyList<string>? Paths
    {
        get
        {
            if (!resolved)
            {
                paths = Resolve();
                resolved = true;
            }

            return paths;
        }
    }

    private const string AccountPathKey = "dangjian.account-path";

    /// <summary>The account's organization path as read by the session check of this request (<see cref="SessionLifetime"/>).</summary>
    internal static void Remember(HttpContext http, int userId, string? path) => http.Items[AccountPathKey] = (userId, path);

    private IReadOnlyList<string>? Resolve()
    {
        var user = http.HttpContext?.User;
        if (user is null)
        {
            return null;
        }

        if (!int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return [];
        }

        var db = services.GetRequiredService<AppDbContext>();
        var organizations = db.Organizations.IgnoreQueryFilters();
        if (user.IsInRole(Roles.LiaisonLeader))
        {
            return db.UserScopes.IgnoreQueryFilters().Where(s => s.UserId == id)
                .Join(organizations, s => s.OrganizationId, o => o.Id, (s, o) => o.Path).ToList();
        }

        if (http.HttpContext!.Items[AccountPathKey] is ValueTuple<int, string?> remembered && remembered.Item1 == id)
        {
            return remembered.Item2 is { } path ? [path] : [];
        }

        return db.Users.Where(u => u.Id == id)
            .Join(organizations, u => u.OrganizationId, o => o.Id, (u, o) => o.Path).ToList();
    }
}
