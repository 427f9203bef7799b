using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Dangjian.Bench;

/// <summary>
/// The roster import's floor: members already parsed, encrypted and indexed, inserted in one transaction — SQLite one
/// prepared INSERT re-run, PostgreSQL one binary COPY — with the model's columns and value conversions.
/// </summary>
internal static class MemberFloor
{
    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<Member> members)
    {
        var entity = db.Model.FindEntityType(typeof(Member))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""));
        await using var tx = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection postgres)
        {
            await PostgresCopy.WriteAsync(postgres, entity.GetTableName()!, columns, members, m => [.. properties.Select(p => Value(p, m))], default);
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = tx.GetDbTransaction();
            command.CommandText = $"INSERT INTO {entity.GetTableName()} ({columns}) VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
            var parameters = properties.Select((_, i) =>
            {
                var p = command.CreateParameter();
                p.ParameterName = $"@p{i}";
                command.Parameters.Add(p);
                return p;
            }).ToArray();
            command.Prepare();
            foreach (var m in members)
            {
                for (var i = 0; i < properties.Length; i++)
                {
                    parameters[i].Value = Value(properties[i], m) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync();
            }
        }

        await tx.CommitAsync();
    }

    private static object? Value(IProperty property, Member member)
    {
        var value = property.GetGetter().GetClrValue(member);
        return value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
