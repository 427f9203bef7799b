using System.Security.Claims;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// The signed-in user's subtree, looked up once per request from the account's organization (so a moved
/// organization takes effect at once). Outside a request (start-up, background jobs) the scope is unrestricted;
/// an anonymous request sees nothing.
/// </summary>
public sealed class HttpOrgScope(IHttpContextAccessor http, IServiceProvider services) : IOrgScope
{
    public const string NothingVisible = "/-/";
    private string? path;
    private bool resolved;

    public string? Path
    {
        get
        {
            if (!resolved)
            {
                path = Resolve();
                resolved = true;
            }

            return path;
        }
    }

    private string? Resolve()
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return null;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !int.TryParse(userId, out var id))
        {
            return NothingVisible;
        }

        var db = services.GetRequiredService<AppDbContext>();
        var orgPath = db.Users.Where(u => u.Id == id)
            .Join(db.Organizations.IgnoreQueryFilters(), u => u.OrganizationId, o => o.Id, (u, o) => o.Path)
            .FirstOrDefault();
        return orgPath ?? NothingVisible;
    }
}
