using Dangjian.Core.Data;
using Dangjian.Core.Data.Replication;
using Npgsql;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// With Database:ReadOnlyConnectionString set: a GET may read from the standby (<see cref="ReadRoute"/>) unless the
/// browser wrote something the standby has not replayed yet; any other request reads from the primary and, once its
/// writes are done, leaves the primary's WAL position in a cookie, so the writer's next pages read from the primary
/// until the standby has caught up with it (ADR 0019).
/// </summary>
public sealed class StandbyReads(RequestDelegate next, ReadOnlyDatabase standby, DatabaseSetup setup, ILogger<StandbyReads> log)
{
    public const string Cookie = "dj-wal";

    public async Task InvokeAsync(HttpContext http)
    {
        if (standby.IsConfigured)
        {
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                http.RequestServices.GetRequiredService<ReadRoute>().StandbyAllowed = await CaughtUpAsync(http);
            }
            else
            {
                http.Response.OnStarting(() => RememberWriteAsync(http));
            }
        }

        await next(http);
    }

    private async Task<bool> CaughtUpAsync(HttpContext http)
    {
        var written = http.Request.Cookies[Cookie];
        if (written is null)
        {
            return true;
        }

        try
        {
            if (WalPosition.IsPosition(written) && !await WalPosition.ReplayedAsync(standby.ConnectionString, written, http.RequestAborted))
            {
                return false;
            }
        }
        catch (NpgsqlException e)
        {
            log.LogWarning(e, "Standby unreachable; reading from the primary");
            return false;
        }

        http.Response.Cookies.Delete(Cookie);
        return true;
    }

    private async Task RememberWriteAsync(HttpContext http)
    {
        var position = await WalPosition.OfPrimaryAsync(setup.ConnectionString, http.RequestAborted);
        http.Response.Cookies.Append(Cookie, position, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromHours(1),
        });
    }
}
