using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// <c>generate county|counties10|province [--seed N] [--today YYYY-MM-DD]</c>: fills an EMPTY database (the configured
/// one) with generated counties for load and query tests (<see cref="DemoScaleGenerator"/>); the province sample only on
/// PostgreSQL. Writes one audit entry for the run. Prints counts and elapsed time.
/// </summary>
public static class GenerateCommand
{
    public const string Usage = "用法：generate county|counties10|province [--seed 整数] [--today 2026-11-21]（配置 --Database:Provider=… --Database:ConnectionString=…）";

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        if (DemoScaleShape.Parse(args.FirstOrDefault()) is not { } size)
        {
            await errors.WriteLineAsync($"生成失败：规模“{args.FirstOrDefault()}”不认识。{Usage}");
            return 2;
        }

        await using var app = AppBuilder.Build(["--Logging:LogLevel:Default=Warning", .. args.Skip(1)]);
        var config = app.Services.GetRequiredService<IConfiguration>();
        if (!TryOptions(config, out var seed, out var today, out var problem))
        {
            await errors.WriteLineAsync($"生成失败：{problem}{Usage}");
            return 2;
        }

        var clock = app.Services.GetRequiredService<TimeProvider>();
        var setup = DatabaseSetup.Resolve(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value, app.Environment.ContentRootPath);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        setup.Configure(options);
        await using var db = new AppDbContext(options.Options);
        await SchemaMigrator.MigrateAsync(db);
        if (await db.Organizations.AnyAsync())
        {
            await errors.WriteLineAsync("生成失败：数据库里已有党组织。生成器只往空数据库里写（新建一个数据库或换一个 SQLite 文件）。");
            return 2;
        }

        var shape = DemoScaleShape.Of(size);
        if (shape.PostgreSqlOnly && setup.Provider != DatabaseProvider.PostgreSql)
        {
            await errors.WriteLineAsync($"生成失败：{DemoScaleGenerator.SqliteRefused}");
            return 2;
        }

        var generator = new DemoScaleGenerator(db, clock) { Progress = line => output.WriteLine(line) };
        var result = await generator.GenerateAsync(shape, seed, today);
        await generator.RecordAsync(app.Services.GetRequiredService<AuditWriter>(), size.ToString(), Describe(result, seed));
        await output.WriteLineAsync(Describe(result, seed));
        return 0;
    }

    private static string Describe(DemoScaleResult r, int seed) => string.Create(CultureInfo.InvariantCulture,
        $"已生成 {r.Counties} 个县、{r.Organizations} 个党组织、{r.Members} 名党员、{r.AttendanceRows} 条参会记录（种子 {seed}），用时 {r.Elapsed.TotalSeconds:F0} 秒。");

    private static bool TryOptions(IConfiguration config, out int seed, out DateOnly? today, out string problem)
    {
        (seed, today, problem) = (DemoSeeder.DefaultSeed, null, "");
        if (config["seed"] is { } s && !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            problem = $"--seed“{s}”不是整数。";
            return false;
        }

        if (config["today"] is { } t)
        {
            if (!DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problem = $"--today“{t}”不是 yyyy-MM-dd 格式的日期。";
                return false;
            }

            today = day;
        }

        return true;
    }
}
