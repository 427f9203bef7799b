using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Demo;

/// <summary>The <c>generate</c> verb's refusals: Chinese messages and exit code 2, nothing written.</summary>
public sealed class GenerateCommandTests
{
    private static async Task<(int Code, string Errors)> RunAsync(TestDatabase database, params string[] args)
    {
        var errors = new StringWriter();
        var code = await GenerateCommand.RunAsync([.. args,
            $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}",
            $"--Database:DataDirectory={database.DataDirectory}"], new StringWriter(), errors);
        return (code, errors.ToString());
    }

    [Theory]
    [InlineData("huge", "规模“huge”不认识")]
    [InlineData("county --seed abc", "--seed“abc”不是整数")]
    [InlineData("county --today 2026/11/21", "--today“2026/11/21”不是 yyyy-MM-dd 格式的日期")]
    public async Task Bad_arguments_are_refused_with_a_message(string args, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (code, errors) = await RunAsync(database, args.Split(' '));
        code.ShouldBe(2);
        errors.ShouldContain(message);
        errors.ShouldContain("用法：generate county|counties10|province");
    }

    [Fact]
    public async Task The_province_sample_is_refused_on_sqlite()
    {
        if (TestDatabase.RequestedProvider == "PostgreSQL")
        {
            return; // on PostgreSQL the province sample is allowed (and far too big for a test)
        }

        await using var database = await TestDatabase.CreateAsync();
        var (code, errors) = await RunAsync(database, "province");
        code.ShouldBe(2);
        errors.ShouldContain("只在 PostgreSQL 上生成");
    }

    [Fact]
    public async Task A_database_holding_organizations_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSetup(database.IsPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, database.ConnectionString).Configure(options);
        await using (var db = new AppDbContext(options.Options))
        {
            await SchemaMigrator.MigrateAsync(db);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO organizations (path, depth, sort_order, name, short_name, level, sector, is_active, version) VALUES ('/1/', 0, 0, '青石镇党委', '青石镇', 'TownshipCommittee', 'Regional', {true}, 1)");
        }

        var (code, errors) = await RunAsync(database, "county");
        code.ShouldBe(2);
        errors.ShouldContain("数据库里已有党组织");
        await using var check = new AppDbContext(options.Options);
        (await check.Organizations.CountAsync()).ShouldBe(1);
    }
}
