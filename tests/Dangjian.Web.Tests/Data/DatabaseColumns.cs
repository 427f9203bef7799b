using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Tests.Data;

/// <summary>Reads what the database really has, from the provider's catalog.</summary>
internal static class DatabaseColumns
{
    public sealed record Column(string Type, bool Nullable);

    public static async Task<Dictionary<string, Column>> ReadAsync(DbContext db, string table)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT column_name AS \"Name\", data_type || COALESCE('(' || character_maximum_length || ')', '') AS \"Type\", is_nullable = 'YES' AS \"Nullable\" FROM information_schema.columns WHERE table_schema = 'public' AND table_name = {0}"
            : "SELECT name AS \"Name\", type AS \"Type\", \"notnull\" = 0 AS \"Nullable\" FROM pragma_table_info({0})";
        var rows = await db.Database.SqlQueryRaw<Row>(sql, table).ToListAsync();
        return rows.ToDictionary(r => r.Name, r => new Column(r.Type, r.Nullable));
    }

    /// <summary>Columns with a collation of their own (PostgreSQL; SQLite columns here all use the default BINARY).</summary>
    public static async Task<Dictionary<string, string>> CollationsAsync(DbContext db)
    {
        if (!db.Database.IsNpgsql())
        {
            return [];
        }

        const string sql = "SELECT table_name || '.' || column_name AS \"Name\", collation_name AS \"Type\", true AS \"Nullable\" FROM information_schema.columns WHERE table_schema = 'public' AND collation_name IS NOT NULL";
        var rows = await db.Database.SqlQueryRaw<Row>(sql).ToListAsync();
        return rows.ToDictionary(r => r.Name, r => r.Type);
    }

    public static async Task<List<string>> TablesAsync(DbContext db)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'"
                // the partitions of a partitioned table (script 0030) are stored under it, not tables of their own
                + " AND table_name NOT IN (SELECT relname FROM pg_class WHERE relispartition)"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    public static bool SameType(string model, string database) =>
        string.Equals(Normalize(model), Normalize(database), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string type) => type.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private sealed record Row(string Name, string Type, bool Nullable);
}
