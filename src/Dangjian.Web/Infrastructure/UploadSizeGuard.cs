using Dangjian.Core.Members.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Roster uploads (POST /Members/Import) and reports to check (POST /Reports/Check) may carry up to the configured limit plus form overhead. A bigger body is
/// read and discarded (up to <see cref="DrainLimit"/>, so the browser gets an answer rather than a reset connection)
/// and the user is sent back to the upload page with the Chinese "too large" message, never a raw 413.
/// </summary>
public sealed class UploadSizeGuard(RequestDelegate next, IOptions<ImportOptions> options)
{
    public const string UploadPath = "/Members/Import";
    public const string CheckPath = "/Reports/Check";
    private const long FormOverhead = 1024 * 1024;
    private const long DrainLimit = 512L * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !(context.Request.Path.Equals(UploadPath, StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals(CheckPath, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var allowed = options.Value.MaxUploadBytes + FormOverhead;
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength is { } length && length > allowed)
        {
            if (size is { IsReadOnly: false })
            {
                size.MaxRequestBodySize = DrainLimit;
            }

            if (length <= DrainLimit)
            {
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }

            context.Response.Redirect(context.Request.Path + context.Request.QueryString.Add("tooLarge", "true"));
            return;
        }

        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = allowed;
        }

        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = allowed }));
        await next(context);
    }
}
