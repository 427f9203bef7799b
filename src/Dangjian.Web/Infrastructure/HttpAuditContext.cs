using System.Globalization;
using System.Security.Claims;
using Dangjian.Core.Audit;

namespace Dangjian.Web.Infrastructure;

/// <summary>The audit actor of the current request; outside a request (start-up, seeding) it is "system".</summary>
public sealed class HttpAuditContext(IHttpContextAccessor http) : IAuditContext
{
    public string UserName => http.HttpContext switch
    {
        null => SystemAuditContext.Instance.UserName,
        { User.Identity: { IsAuthenticated: true, Name: { } name } } => name,
        _ => "anonymous",
    };

    public int? UserId => Claim(ClaimTypes.NameIdentifier);

    public int? OrganizationId => Claim(AppClaimsFactory.OrganizationId);

    // Behind a reverse proxy this is the proxy unless forwarded headers are configured.
    public string? Ip => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private int? Claim(string type) =>
        int.TryParse(http.HttpContext?.User.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
