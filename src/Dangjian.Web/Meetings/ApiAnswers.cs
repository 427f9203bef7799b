using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Dangjian.Web.Infrastructure;

namespace Dangjian.Web.Meetings;

/// <summary>Under /api the cookie scheme answers 401/403 with a problem+json body instead of redirecting to the login page.</summary>
public static class ApiAnswers
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static Task OnRedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request))
        {
            return WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "请先登录");
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static Task WriteAsync(HttpContext http, int status, string title, string? detail = null) =>
        Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail }).ExecuteAsync(http);
}
