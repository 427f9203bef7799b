using System.Data;
using System.Data.Common;
using System.Text;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>
/// Inserts attendance rows in quantity (demo seed, ledger import) in the caller's transaction without EF's change
/// tracker, which made both several times slower: SQLite re-runs one prepared statement, PostgreSQL gets multi-row INSERTs (one round trip each).
/// Columns as in Data/Schema/*/0004_org_life.sql, 0008_meeting_records.sql and 0031_meeting_partitions.sql.
/// </summary>
public static class AttendanceRows
{
    private const string Insert = "INSERT INTO meeting_attendances (meeting_id, member_id, status, absence_reason, is_mobile, no_smartphone, held_on) VALUES ";

    private const int Columns = 7;

    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<MeetingAttendance> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.IsSqlite())
        {
            await using var one = Command(connection, tx, 1);
            one.Prepare();
            foreach (var row in rows)
            {
                Bind(one, 0, row);
                await one.ExecuteNonQueryAsync(ct);
            }

            return;
        }

        foreach (var chunk in rows.Chunk(500))
        {
            await using var cmd = Command(connection, tx, chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                Bind(cmd, i, chunk[i]);
            }

            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, int rows)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        var sql = new StringBuilder(Insert);
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "" : ",").Append($"(@m{i},@p{i},@s{i},@r{i},@f{i},@n{i},@d{i})");
            Add(cmd, $"@m{i}", DbType.Int32);
            Add(cmd, $"@p{i}", DbType.Int32);
            Add(cmd, $"@s{i}", DbType.String);
            Add(cmd, $"@r{i}", DbType.String);
            Add(cmd, $"@f{i}", DbType.Boolean);
            Add(cmd, $"@n{i}", DbType.Boolean);
            Add(cmd, $"@d{i}", DbType.Date);
        }

        cmd.CommandText = sql.ToString();
        return cmd;
    }

    private static void Bind(DbCommand cmd, int i, MeetingAttendance row)
    {
        cmd.Parameters[(i * Columns) + 0].Value = row.MeetingId;
        cmd.Parameters[(i * Columns) + 1].Value = row.MemberId;
        cmd.Parameters[(i * Columns) + 2].Value = row.Status.ToString();
        cmd.Parameters[(i * Columns) + 3].Value = (object?)row.AbsenceReason ?? DBNull.Value;
        cmd.Parameters[(i * Columns) + 4].Value = row.IsMobile;
        cmd.Parameters[(i * Columns) + 5].Value = row.NoSmartphone;
        cmd.Parameters[(i * Columns) + 6].Value = row.HeldOn;
    }

    private static void Add(DbCommand cmd, string name, DbType type)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        cmd.Parameters.Add(p);
    }
}
