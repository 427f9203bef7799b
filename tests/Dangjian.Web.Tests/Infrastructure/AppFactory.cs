using Dangjian.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// The real application (real pipeline, real database) on a fresh database of its own holding the demo county:
/// a private copy of the county seeded once per test process (<see cref="DemoTemplate"/>).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly bool firstStart;
    private readonly bool seedDemo;

    public AppFactory()
        : this(firstStart: false)
    {
    }

    /// <param name="firstStart">true: start on an empty database, which the app migrates and seeds itself, as on a real first start.</param>
    /// <param name="seedDemo">false: a real deployment's first start (no demo county; the database stays empty until <c>init</c>).</param>
    protected AppFactory(bool firstStart, bool seedDemo = true)
    {
        this.firstStart = firstStart;
        this.seedDemo = seedDemo;
    }

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The app's clock; tests move it forward to reach timeouts.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Authenticator keys of the admin accounts set up so far, by user name.</summary>
    public Dictionary<string, string> AuthenticatorKeys { get; } = [];

    /// <summary>The last authenticator time step each admin account used (a code is accepted once).</summary>
    public Dictionary<string, long> AuthenticatorSteps { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Database = firstStart ? await TestDatabase.CreateAsync() : await DemoTemplate.CopyAsync();
        _ = Server; // start the host now: an empty database gets the schema scripts and the demo seed, a copy has both
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, Database, Clock, seedDemo);

    internal static void Configure(IWebHostBuilder builder, TestDatabase database, TimeProvider clock, bool seedDemo = true)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", database.DataDirectory);
        builder.UseSetting("Database:SeedDemo", seedDemo ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
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
