using System.Security.Claims;
using Dangjian.Core.Account;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Steps a signed-in user must take before anything else: change a password an administrator set, and for the
/// three administration roles, set up an authenticator app (TOTP second factor).
/// </summary>
public sealed class AccountGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";
    public const string EnableAuthenticatorPath = "/Account/EnableAuthenticator";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated != true || path.StartsWithSegments("/Account") || path.StartsWithSegments("/css")
            || path.StartsWithSegments("/Error"))
        {
            return next(context);
        }

        if (user.FindFirstValue(AppClaimsFactory.MustChangePassword) == "true")
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        if (Roles.Administration.Any(user.IsInRole) && user.FindFirstValue(AppClaimsFactory.TwoFactor) != "true")
        {
            context.Response.Redirect(EnableAuthenticatorPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
