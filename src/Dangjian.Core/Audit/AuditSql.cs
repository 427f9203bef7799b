using System.Data.Common;

namespace Dangjian.Core.Audit;

/// <summary>The few statements of <see cref="AuditWriter"/>, identical on SQLite and PostgreSQL.</summary>
internal sealed class AuditSql(DbTransaction tx, bool async, CancellationToken ct)
{
    // Arbitrary constant shared by every writer of this database ("audit" in ASCII).
    private const long AdvisoryLockId = 0x61756469_74;

    private const string Insert = """
        INSERT INTO audit_entries (sequence, at_utc, user_name, user_id, organization_id, ip, action,
            target_type, target_id, result, details, previous_hash, hash)
        VALUES (@sequence, @at_utc, @user_name, @user_id, @organization_id, @ip, @action,
            @target_type, @target_id, @result, @details, @previous_hash, @hash)
        """;

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

    /// <summary>Many entries at once (an import) go by binary COPY on PostgreSQL; otherwise one INSERT each.</summary>
    public async ValueTask InsertManyAsync(IReadOnlyList<AuditEntry> entries)
    {
        if (async && entries.Count > 20 && tx.Connection is Npgsql.NpgsqlConnection postgres)
        {
            await Data.PostgresCopy.WriteAsync(postgres, "audit_entries",
                "sequence, at_utc, user_name, user_id, organization_id, ip, action, target_type, target_id, result, details, previous_hash, hash",
                entries, e => [e.Sequence, DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), e.UserName, e.UserId, e.OrganizationId, e.Ip,
                    e.Action.ToString(), e.TargetType, e.TargetId, e.Result.ToString(), e.Details, e.PreviousHash, e.Hash], ct);
            return;
        }

        foreach (var e in entries)
        {
            await InsertAsync(e);
        }
    }

    private async ValueTask InsertAsync(AuditEntry e)
    {
        await using var cmd = Command(Insert);
        Add(cmd, "sequence", e.Sequence);
        Add(cmd, "at_utc", DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc));
        Add(cmd, "user_name", e.UserName);
        Add(cmd, "user_id", e.UserId);
        Add(cmd, "organization_id", e.OrganizationId);
        Add(cmd, "ip", e.Ip);
        Add(cmd, "action", e.Action.ToString());
        Add(cmd, "target_type", e.TargetType);
        Add(cmd, "target_id", e.TargetId);
        Add(cmd, "result", e.Result.ToString());
        Add(cmd, "details", e.Details);
        Add(cmd, "previous_hash", e.PreviousHash);
        Add(cmd, "hash", e.Hash);
        _ = async ? await cmd.ExecuteNonQueryAsync(ct) : cmd.ExecuteNonQuery();
    }

    private DbCommand Command(string text)
    {
        var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = text;
        return cmd;
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
