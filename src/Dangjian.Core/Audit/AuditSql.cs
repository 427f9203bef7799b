using System.Data.Common;

namespace Dangjian.Core.Audit;

/// <summary>The few statements of <see cref="AuditWriter"/>, identical on SQLite and PostgreSQL.</summary>
internal sealed class AuditSql(DbTransaction tx, bool async, CancellationToken ct)
{
    // Arbitrary constant shared by every writer of this database ("audit" in ASCII).
    private const long AdvisoryLockId = 0x61756469_74;

    private static readonly string[] Columns =
        ["sequence", "at_utc", "user_name", "user_id", "organization_id", "ip", "action", "target_type", "target_id", "result", "details", "previous_hash", "hash"];

    private static readonly string Insert =
        $"INSERT INTO audit_entries ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";

    public async ValueTask LockAsync()
    {
        await using var cmd = Command($"SELECT pg_advisory_xact_lock({AdvisoryLockId})");
        _ = async ? await cmd.ExecuteScalarAsync(ct) : cmd.ExecuteScalar();
    }

    public async ValueTask<(long Sequence, string Hash)> LastAsync()
    {
        await using var cmd = Command("SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1");
        await using var reader = async ? await cmd.ExecuteReaderAsync(ct) : cmd.ExecuteReader();
        var found = async ? await reader.ReadAsync(ct) : reader.Read();
        return found ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.Genesis);
    }

    /// <summary>
    /// Many entries at once (an import) go by binary COPY on PostgreSQL; otherwise one INSERT each, re-running one command
    /// (SQLite keeps its statement compiled; a new command per entry was parsed again every time).
    /// </summary>
    public async ValueTask InsertManyAsync(IReadOnlyList<AuditEntry> entries)
    {
        if (async && entries.Count > 20 && tx.Connection is Npgsql.NpgsqlConnection postgres)
        {
            await Data.PostgresCopy.WriteAsync(postgres, "audit_entries", string.Join(", ", Columns), entries, Values, ct);
            return;
        }

        await using var cmd = Command(Insert);
        foreach (var name in Columns)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + name;
            cmd.Parameters.Add(p);
        }

        foreach (var e in entries)
        {
            var values = Values(e);
            for (var i = 0; i < values.Length; i++)
            {
                cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            _ = async ? await cmd.ExecuteNonQueryAsync(ct) : cmd.ExecuteNonQuery();
        }
    }

    private static object?[] Values(AuditEntry e) =>
    [
        e.Sequence, DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), e.UserName, e.UserId, e.OrganizationId, e.Ip,
        e.Action.ToString(), e.TargetType, e.TargetId, e.Result.ToString(), e.Details, e.PreviousHash, e.Hash,
    ];

    private DbCommand Command(string text)
    {
        var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = text;
        return cmd;
    }
}
