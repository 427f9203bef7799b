using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Security;

/// <summary>The app behind a reverse proxy at 10.0.0.5 (ForwardedHeaders:Enabled, KnownProxies).</summary>
public sealed class ProxiedAppFactory : AppFactory
{
    public const string Proxy = "10.0.0.5";

    /// <summary>A test-only request header that plays the TCP peer's address (the test server has none).</summary>
    public const string Peer = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:Enabled", "true");
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddress>());
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Peer].FirstOrDefault() ?? "192.0.2.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class ForwardedHeadersTests(ProxiedAppFactory app) : IClassFixture<ProxiedAppFactory>
{
    [Fact]
    public async Task Behind_the_known_proxy_the_audit_log_records_the_clients_address()
    {
        (await LoginIpAsync(peer: ProxiedAppFactory.Proxy, forwardedFor: "203.0.113.7")).ShouldBe("203.0.113.7");
    }

    [Fact]
    public async Task A_forwarded_address_sent_by_anyone_but_the_proxy_is_ignored()
    {
        (await LoginIpAsync(peer: "198.51.100.9", forwardedFor: "203.0.113.66")).ShouldBe("198.51.100.9");
    }

    private async Task<string?> LoginIpAsync(string peer, string forwardedFor)
    {
        var browser = Browser.For(app);
        browser.Client.DefaultRequestHeaders.Add(ProxiedAppFactory.Peer, peer);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        (await browser.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "clerk", ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        return await db.AuditEntries.Where(e => e.Action == AuditAction.LoginSucceeded && e.UserName == "clerk")
            .OrderByDescending(e => e.Sequence).Select(e => e.Ip).FirstAsync();
    }
}
