using System.Globalization;
using System.Security.Claims;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// The absolute session lifetime (sliding renewal keeps an active session alive only up to
/// <see cref="IdentitySetup.AbsoluteLifetime"/> after the password was entered) and revocation: every request compares
/// the cookie's security stamp with the account's (one primary-key lookup), so signing out, disabling the account,
/// resetting its password or changing its roles (each of which renews the stamp) ends its sessions at once.
/// </summary>
public static class SessionLifetime
{
    private const string StartedKey = "dangjian.started";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(StartedKey))
        {
            context.Properties.Items[StartedKey] = context.Options.TimeProvider!.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = context.Options.TimeProvider!.GetUtcNow();
        if (!context.Properties.Items.TryGetValue(StartedKey, out var started)
            || !DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            || now - at > IdentitySetup.AbsoluteLifetime
            || !await StampIsCurrentAsync(context))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private sealed record AccountState(string? SecurityStamp, string? Path, string? Head);

    // The head's subquery is DerivedCache.Head written out: a compiled query cannot call a method on its context.
    private static readonly CompiledPerModel<Func<AppDbContext, int, CancellationToken, Task<AccountState?>>> Account =
        new(() => EF.CompileAsyncQuery((AppDbContext db, int id, CancellationToken ct) => db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new AccountState(
                u.SecurityStamp,
                db.Organizations.IgnoreQueryFilters().Where(o => o.Id == u.OrganizationId).Select(o => o.Path).FirstOrDefault(),
                db.AuditEntries.IgnoreQueryFilters().OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefault()))
            .SingleOrDefault()));

    private static async Task<bool> StampIsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        if (!int.TryParse(principal?.FindFirstValue(claimTypes.UserIdClaimType), CultureInfo.InvariantCulture, out var id)
            || principal!.FindFirstValue(claimTypes.SecurityStampClaimType) is not { Length: > 0 } stamp)
        {
            return false;
        }

        // The same lookup reads the account's organization path, which the request's scope needs next (HttpOrgScope):
        // one statement per request instead of two.
        // It also reads the audit chain's head, by which a page's derived results are cached (ADR 0023): a page served
        // from the cache then sends this one statement. Compiled: it runs on every request.
        var db = services.GetRequiredService<AppDbContext>();
        var current = await Account.For(db)(db, id, context.HttpContext.RequestAborted);
        if (current?.SecurityStamp != stamp)
        {
            return false;
        }

        HttpOrgScope.Remember(context.HttpContext, id, current.Path);
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            DerivedCache.Remember(db, current.Head);
        }

        return true;
    }
}
