using System.Security.Claims;

namespace Dangjian.Web.Infrastructure;

public static class CurrentUser
{
    public static int OrganizationId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(AppClaimsFactory.OrganizationId) ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Name(this ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
