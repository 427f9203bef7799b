using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Dangjian.Core.Data;
using Npgsql;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// Inserts members in the context's current transaction (SQLite: one prepared INSERT … RETURNING id; PostgreSQL: binary
/// COPY with ids reserved from the identity sequence), bypassing the change
/// tracker (EF's per-entity overhead dominated a 100,000-row import). The column list and value conversions come from
/// the EF model, so a column added to <see cref="Member"/> is inserted too. Derived columns (pinyin) are filled here as
/// AppDbContext.BeforeSave would. Because the EF audit interceptor does not see these rows, the importer writes their
/// audit entries itself.
/// </summary>
internal sealed class MemberBulkInsert : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly (IProperty Property, DbParameter Parameter)[] columns;
    private readonly NpgsqlConnection? postgres;
    private readonly string table;
    private readonly string key;
    private readonly string columnList;
    private bool prepared;

    public MemberBulkInsert(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Member))!;
        table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray();
        key = entity.FindPrimaryKey()!.Properties[0].GetColumnName(store)!;
        postgres = db.Database.GetDbConnection() as NpgsqlConnection;
        columnList = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));

        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk insert runs inside the import transaction.");
        columns = new (IProperty, DbParameter)[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            command.Parameters.Add(p);
            columns[i] = (properties[i], p);
        }

        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table)} ({columnList}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))}) RETURNING {sql.DelimitIdentifier(key)}";
    }

    /// <summary>Inserts a batch and sets each member's id: binary COPY with reserved ids on PostgreSQL, prepared INSERTs on SQLite.</summary>
    public async Task InsertManyAsync(IReadOnlyList<Member> members, CancellationToken ct)
    {
        foreach (var member in members)
        {
            member.NamePinyin = Pinyin.NameSortKey(member.Name);
            member.NameInitials = Pinyin.Initials(member.Name, personName: true);
        }

        if (postgres is null)
        {
            foreach (var member in members)
            {
                await InsertAsync(member, ct);
            }

            return;
        }

        var ids = await PostgresCopy.ReserveIdsAsync(postgres, table, key, members.Count, ct);
        for (var i = 0; i < members.Count; i++)
        {
            members[i].Id = ids[i];
        }

        await PostgresCopy.WriteAsync(postgres, table, $"{key}, {columnList}", members,
            m => [m.Id, .. columns.Select(c => ProviderValue(c.Property, m))], ct);
    }

    private static object? ProviderValue(IProperty property, Member member)
    {
        var value = property.GetGetter().GetClrValue(member);
        return value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private async Task InsertAsync(Member member, CancellationToken ct)
    {
        foreach (var (property, parameter) in columns)
        {
            parameter.Value = ProviderValue(property, member) ?? DBNull.Value;
        }

        if (!prepared)
        {
            await command.PrepareAsync(ct);
            prepared = true;
        }

        member.Id = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
