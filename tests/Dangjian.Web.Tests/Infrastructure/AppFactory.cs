using Dangjian.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The real application (real pipeline, real database) on a fresh database seeded with the demo county.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The app's clock; tests move it forward to reach timeouts.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Authenticator keys of the admin accounts set up so far, by user name.</summary>
    public Dictionary<string, string> AuthenticatorKeys { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        _ = Server; // start the host now: applies the schema scripts and seeds the demo county
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.DataDirectory);
        builder.UseSetting("Database:SeedDemo", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>An unscoped context (system view) for arranging and checking data behind the pages.</summary>
    public AppDbContext NewDbContext()
    {
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
