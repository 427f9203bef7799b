using System.Collections.Concurrent;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// The errors each page handler left in its ModelState, by request trace id, so a test can tell which messages were
/// meant for a field and check that the page shows them beside it.
/// </summary>
public sealed class ModelStateProbe : IAsyncPageFilter
{
    public const string TraceHeader = "X-Probe-Trace";

    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Key, string Message)>> errors = new();

    public IReadOnlyList<(string Key, string Message)> ErrorsOf(string trace) => errors.TryGetValue(trace, out var e) ? e : [];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var trace = context.HttpContext.Request.Headers[TraceHeader].ToString();
        if (trace.Length > 0)
        {
            errors[trace] = [.. executed.ModelState.SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)))];
        }
    }
}

/// <summary>The demo county with <see cref="ModelStateProbe"/> watching every page handler.</summary>
public sealed class ProbedAppFactory : AppFactory
{
    public ModelStateProbe Probe { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(Probe)));
    }
}
