using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dangjian.Web.Infrastructure;

/// <summary>Writes the security events that are not data changes: sign-in results, authorization failures.</summary>
public static class AccessAudit
{
    public static async Task OnDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.HttpContext.Request;
        await WriteAsync(context.HttpContext, AuditAction.Forbidden, "Page", $"{request.Method} {request.Path}", AuditResult.Denied);
        if (Dangjian.Web.Meetings.ApiAnswers.IsApi(request))
        {
            await Dangjian.Web.Meetings.ApiAnswers.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "无权执行此操作");
            return;
        }

        context.Response.Redirect(context.RedirectUri);
    }

    public static Task WriteAsync(HttpContext http, AuditAction action, string targetType, string? targetId, AuditResult result,
        IAuditContext? actor = null, string? details = null)
    {
        var services = http.RequestServices;
        return services.GetRequiredService<AuditWriter>().AppendAsync(
            services.GetRequiredService<AppDbContext>(),
            actor ?? services.GetRequiredService<IAuditContext>(),
            new AuditRecord(action, targetType, targetId, result, details));
    }
}
