using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// The versioned SQL scripts and the EF model describe the same schema, on the provider of this run: checked on a
/// database the app itself migrated from empty and seeded at start-up (not on a copy of the shared demo template).
/// </summary>
public sealed class SchemaMatchesModelTests(FirstStartAppFactory app) : IClassFixture<FirstStartAppFactory>
{
    [Fact]
    public async Task Every_mapped_column_exists_with_a_compatible_type_and_nullability()
    {
        await using var db = app.NewDbContext();
        (await ColumnProblemsAsync(db)).ShouldBeEmpty();
    }

    /// <summary>Model columns missing, of another type or nullability, or unmapped; also used by the upgrade drill.</summary>
    internal static async Task<List<string>> ColumnProblemsAsync(AppDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var problems = new List<string>();
        foreach (var table in model.Tables)
        {
            var actual = await DatabaseColumns.ReadAsync(db, table.Name);
            if (actual.Count == 0)
            {
                problems.Add($"table {table.Name} is missing");
                continue;
            }

            foreach (var column in table.Columns)
            {
                if (!actual.TryGetValue(column.Name, out var found))
                {
                    problems.Add($"{table.Name}.{column.Name} is missing");
                }
                else if (!DatabaseColumns.SameType(column.StoreType, found.Type) || column.IsNullable != found.Nullable)
                {
                    problems.Add($"{table.Name}.{column.Name}: model {column.StoreType} {(column.IsNullable ? "null" : "not null")}, database {found.Type} {(found.Nullable ? "null" : "not null")}");
                }
            }

            problems.AddRange(actual.Keys.Except(table.Columns.Select(c => c.Name)).Select(c => $"{table.Name}.{c} is not mapped"));
        }

        return problems;
    }

    [Fact]
    public async Task Every_column_has_the_collation_of_the_model()
    {
        await using var db = app.NewDbContext();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Where(c => c.Collation is not null).Select(c => (Name: $"{t.Name}.{c.Name}", c.Collation)))
            .ToDictionary(c => c.Name, c => c.Collation!);
        var database = await DatabaseColumns.CollationsAsync(db);
        database.OrderBy(c => c.Key, StringComparer.Ordinal).ShouldBe(model.OrderBy(c => c.Key, StringComparer.Ordinal));
        if (app.Database.IsPostgres)
        {
            model.Keys.ShouldContain("organizations.path");
        }
    }

    [Fact]
    public async Task Every_table_in_the_database_is_mapped()
    {
        await using var db = app.NewDbContext();
        var mapped = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Select(t => t.Name).ToHashSet();
        var tables = await DatabaseColumns.TablesAsync(db);
        tables.Where(t => t != "schema_versions" && !mapped.Contains(t)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Scripts_are_recorded_and_applied_once()
    {
        await using var db = app.NewDbContext();
        var expected = SchemaMigrator.ScriptsFor(app.Database.IsPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite);
        expected.ShouldNotBeEmpty();
        var recorded = await db.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM schema_versions").ToListAsync();
        recorded.Order().ShouldBe(expected.Select(s => s.Version));
        (await SchemaMigrator.MigrateAsync(db)).ShouldBeEmpty();
    }

    [Fact]
    public void Both_providers_have_the_same_script_versions()
    {
        SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Select(s => s.Name)
            .ShouldBe(SchemaMigrator.ScriptsFor(DatabaseProvider.PostgreSql).Select(s => s.Name));
    }
}
