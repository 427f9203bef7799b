using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(Dangjian.Web.Tests.Infrastructure.DemoTemplate))]

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// The demo county, seeded once per test process by a real first start of the app on an empty database (schema
/// scripts, key files, demo seed); each <see cref="AppFactory"/> starts on a private copy of it. Seeding takes
/// seconds, a copy a fraction of that. As an assembly fixture it removes the template when the run ends.
/// </summary>
public sealed class DemoTemplate : IAsyncDisposable
{
    private static readonly Lazy<Task<TestDatabase>> Template = new(BuildAsync);

    /// <summary>A fresh database with the seeded demo county, the caller's to change and dispose.</summary>
    public static async Task<TestDatabase> CopyAsync() => await TestDatabase.CopyOfAsync(await Template.Value);

    private static async Task<TestDatabase> BuildAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await using (var firstStart = new FirstStart(database))
        {
            _ = firstStart.Server;
        }

        await database.SealAsTemplateAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (Template.IsValueCreated && Template.Value.IsCompletedSuccessfully)
        {
            await Template.Value.Result.DisposeAsync();
        }
    }

    private sealed class FirstStart(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => AppFactory.Configure(builder, database, new TestClock());
    }
}
