using Dangjian.Core.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dangjian.Web.Infrastructure;

/// <summary>The cookie events' glue to <see cref="AccessEvents"/>: a refused request is logged, then answered.</summary>
public static class AccessAudit
{
    public static async Task OnDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.HttpContext.Request;
        await context.HttpContext.RequestServices.GetRequiredService<AccessEvents>().DeniedAsync(request.Method, request.Path);
        if (Dangjian.Web.Meetings.ApiAnswers.IsApi(request))
        {
            await Dangjian.Web.Meetings.ApiAnswers.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "无权执行此操作");
            return;
        }

        context.Response.Redirect(context.RedirectUri);
    }
}
