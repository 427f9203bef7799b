using System.Text.RegularExpressions;
using Npgsql;

namespace Dangjian.Core.Data.Replication;

/// <summary>
/// Read-your-writes by WAL position: after a write the primary's current position is remembered for the writer; a
/// standby may serve that writer again once it has replayed past it.
/// </summary>
public static partial class WalPosition
{
    /// <summary>The primary's current WAL write position ("16/B374D848"), taken after the request's writes committed.</summary>
    public static async Task<string> OfPrimaryAsync(string primary, CancellationToken ct = default) =>
        (string)(await ScalarAsync(primary, "SELECT pg_current_wal_lsn()::text", null, ct))!;

    /// <summary>
    /// True when the server behind <paramref name="standby"/> has replayed up to <paramref name="position"/>; a server
    /// that is not in recovery (a promoted standby, or the primary itself) has everything.
    /// </summary>
    public static async Task<bool> ReplayedAsync(string standby, string position, CancellationToken ct = default) =>
        (bool)(await ScalarAsync(standby, "SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true)", position, ct))!;

    /// <summary>A well-formed position (anything else from a cookie is ignored).</summary>
    public static bool IsPosition(string? text) => text is not null && Shape().IsMatch(text);

    private static async Task<object?> ScalarAsync(string connectionString, string sql, string? parameter, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync(ct);
    }

    [GeneratedRegex("^[0-9A-F]{1,8}/[0-9A-F]{1,8}$")]
    private static partial Regex Shape();
}
