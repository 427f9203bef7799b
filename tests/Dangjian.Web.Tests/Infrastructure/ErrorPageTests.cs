using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>An exception inside a page: the Chinese error page in every environment; the stack trace only on explicit request.</summary>
public sealed class ErrorPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Throws in any page asked with ?boom, as a bug would (not in the error page, which is re-executed with the same query).</summary>
    private sealed class Boom : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Query.ContainsKey("boom") && context.HttpContext.Request.Path != "/Error")
            {
                throw new InvalidOperationException("boom in a page");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

    private HttpClient Client(string environment, bool detailed = false) => app.WithWebHostBuilder(b =>
    {
        b.UseEnvironment(environment);
        if (detailed)
        {
            b.UseSetting("Dangjian:DetailedErrors", "true");
        }

        b.ConfigureTestServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(new Boom())));
    }).CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task An_exception_shows_the_Chinese_error_page_without_a_stack_trace(string environment)
    {
        var response = await Client(environment).GetAsync("/Account/Login?boom=1");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("处理请求时发生错误");
        Garbage.ShowsException(body).ShouldBeFalse(body);
        body.ShouldNotContain("boom in a page");
        body.ShouldNotContain(".cs:line");
    }

    [Fact]
    public async Task The_developer_page_appears_only_when_detailed_errors_are_configured()
    {
        var response = await Client("Production", detailed: true).GetAsync("/Account/Login?boom=1");

        (await response.Content.ReadAsStringAsync()).ShouldContain("boom in a page");
    }

    [Fact]
    public void The_launch_profile_does_not_run_the_app_in_Development()
    {
        var root = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().ContentRootPath;
        var settings = File.ReadAllText(Path.Combine(root, "Properties", "launchSettings.json"));

        settings.ShouldNotContain("\"Development\"");
        settings.ShouldNotContain("DetailedErrors");
    }
}
