using System.Net;

namespace Dangjian.Web.Tests.Loop;

internal static class Denial
{
    /// <summary>Refused: 403, or the redirect to the access-denied page that a page handler's Forbid() produces.</summary>
    public static bool IsDenied(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/Account/Denied", StringComparison.Ordinal) == true);
}
