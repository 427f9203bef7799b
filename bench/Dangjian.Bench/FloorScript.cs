using System.Data.Common;
using System.Globalization;

namespace Dangjian.Bench;

/// <summary>
/// A floor script of Floors/ (comment lines dropped), run one statement at a time on an open connection for one
/// subtree and year, every value of every row read.
/// </summary>
internal sealed class FloorScript(string file)
{
    private readonly string[] statements = string.Join('\n', File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Floors", file))
            .Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
        .Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(s => s.Contains("SELECT", StringComparison.Ordinal)).ToArray();

    public static readonly FloorScript Report = new("report.sql");
    public static readonly FloorScript Compliance = new("compliance.sql");

    /// <param name="org">the subtree's organization (@org), <paramref name="path"/> its path (@p, @e = @p || '~').</param>
    public async Task RunAsync(DbConnection connection, int org, string path, DateOnly today, bool pg)
    {
        var from = new DateOnly(today.Year, 1, 1);
        var to = new DateOnly(today.Year, 12, 31);
        object Date(DateOnly d) => pg ? d : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            Add(command, "org", org);
            Add(command, "p", path);
            Add(command, "e", path + "~");
            Add(command, "year", today.Year);
            Add(command, "from", Date(from));
            Add(command, "to", Date(to));
            Add(command, "loadfrom", Date(from.AddMonths(-3)));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        if (!command.CommandText.Contains("@" + name, StringComparison.Ordinal))
        {
            return;
        }

        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
