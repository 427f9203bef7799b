using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>
/// The demo county on a primary with a hot standby of its own, and the app configured with both
/// (Database:ConnectionString on the primary, Database:ReadOnlyConnectionString on the standby). PostgreSQL runs only.
/// </summary>
public sealed class StandbyWorld : IAsyncLifetime
{
    private TestDatabase? source;

    public static bool OnPostgres => TestDatabase.RequestedProvider == "PostgreSQL";

    public StandbyPair Pair { get; private set; } = null!;
    public StandbyApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!OnPostgres)
        {
            return;
        }

        source = await DemoTemplate.CopyAsync();
        Pair = await StandbyPair.StartAsync(source.ConnectionString);
        App = new StandbyApp(Pair, source.DataDirectory);
        _ = App.Server;
        await Pair.CaughtUpAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Pair is not null)
        {
            await Pair.DisposeAsync();
        }

        if (source is not null)
        {
            await source.DisposeAsync();
        }
    }
}

public sealed class StandbyApp(StandbyPair pair, string dataDirectory) : WebApplicationFactory<Program>
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "PostgreSQL");
        builder.UseSetting("Database:ConnectionString", pair.Primary);
        builder.UseSetting("Database:ReadOnlyConnectionString", pair.Standby);
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task<Browser> LoginAsync(string user)
    {
        var browser = new Browser(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await browser.PostFormAsync("/Account/Login",
            new() { ["Input.UserName"] = user, ["Input.Password"] = Core.Demo.DemoSeeder.DemoPassword });
        return response.StatusCode == System.Net.HttpStatusCode.Redirect ? browser : throw new InvalidOperationException($"login of {user} failed");
    }
}
