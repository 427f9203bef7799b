using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Account;
using Dangjian.Core.Members;
using Dangjian.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// At start-up: applies the schema scripts, then seeds the demo county into an empty database; either way the planner's
/// statistics are brought up to date (<see cref="DatabaseStatistics"/>).
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var applied = await SchemaMigrator.MigrateAsync(db, cancellationToken);
        if (applied.Count > 0)
        {
            log.LogInformation("Applied schema versions {Versions}", string.Join(", ", applied));
        }

        var year = Core.Time.BeijingTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()).Year;
        if (await YearPartitions.CreateAheadAsync(db, year, cancellationToken) is { Count: > 0 } partitions)
        {
            log.LogInformation("Created partitions {Partitions}", string.Join(", ", partitions));
        }

        var keySources = new[]
        {
            scope.ServiceProvider.GetRequiredService<SecurityKeys>().Source,
            (scope.ServiceProvider.GetRequiredService<Core.Audit.IAuditKey>() as Core.Audit.AuditKey)?.Source ?? "configuration",
            scope.ServiceProvider.GetRequiredService<Core.Audit.CheckpointKey>().Source,
        };
        if (KeyPlacement.Warning(keySources, AppBuilder.DataDirectory(scope.ServiceProvider,
                scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>()), options.Value.SeedDemo) is { } warning)
        {
            Console.WriteLine(warning);
        }

        await MemberPinyinBackfill.RunAsync(db, cancellationToken);
        if (!options.Value.SeedDemo || await db.Organizations.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            await DatabaseStatistics.RefreshAsync(db, afterBulkWrite: false, cancellationToken);
            return;
        }

        var seeder = new DemoSeeder(db,
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>(),
            scope.ServiceProvider.GetRequiredService<MemberSecrets>());
        var accounts = await seeder.SeedAsync(DemoScale.Demo, today: scope.ServiceProvider.GetRequiredService<TimeProvider>().Today(), ct: cancellationToken);
        await DatabaseStatistics.RefreshAsync(db, afterBulkWrite: true, cancellationToken);
        Console.WriteLine("已生成演示数据（虚构的县、乡镇、党组织和党员）。演示账号 / demo logins:");
        foreach (var a in accounts)
        {
            Console.WriteLine($"  {a.UserName,-10} 密码 {a.Password}  {a.Role}  {a.DisplayName}  {a.OrganizationName}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
