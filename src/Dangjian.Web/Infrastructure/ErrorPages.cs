using Microsoft.AspNetCore.Diagnostics;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// No exception reaches the user in any environment: the Chinese error page (problem+json under /api) answers
/// instead. The developer exception page, with its stack trace and source paths, only when
/// <c>Dangjian:DetailedErrors=true</c> is configured explicitly, never because of the environment's name.
/// </summary>
public static class ErrorPages
{
    public const string DetailedErrorsKey = "Dangjian:DetailedErrors";

    public static void AddServices(IServiceCollection services) =>
        // A query value that does not bind is a 400 of its own, not an exception (Development would throw).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);

    public static void Use(WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(DetailedErrorsKey))
        {
            app.UseDeveloperExceptionPage();
            return;
        }

        // Under /api the inner handler answers first, in problem+json; pages get the Chinese error page.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StatusOf });
        app.UseWhen(http => Meetings.ApiAnswers.IsApi(http.Request), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusOf,
            ExceptionHandler = http => Meetings.ApiAnswers.WriteAsync(http, http.Response.StatusCode,
                http.Response.StatusCode < 500 ? "请求无效" : "处理请求时发生错误，数据未被修改"),
        }));
    }

    private static int StatusOf(Exception e) => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
}
