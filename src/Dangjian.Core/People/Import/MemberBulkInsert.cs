using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dangjian.Core.People.Import;

/// <summary>
/// Inserts members with one prepared INSERT … RETURNING id in the context's current transaction, bypassing the change
/// tracker (EF's per-entity overhead dominated a 100,000-row import). The column list and value conversions come from
/// the EF model, so a column added to <see cref="Member"/> is inserted too. Derived columns (pinyin) are filled here as
/// AppDbContext.BeforeSave would. Because the EF audit interceptor does not see these rows, the importer writes their
/// audit entries itself.
/// </summary>
internal sealed class MemberBulkInsert : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly (IProperty Property, DbParameter Parameter)[] columns;
    private bool prepared;

    public MemberBulkInsert(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Member))!;
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray();
        var key = entity.FindPrimaryKey()!.Properties[0].GetColumnName(store)!;

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
            $"INSERT INTO {sql.DelimitIdentifier(table)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))}) RETURNING {sql.DelimitIdentifier(key)}";
    }

    public async Task<int> InsertAsync(Member member, CancellationToken ct)
    {
        member.NamePinyin = Pinyin.NameSortKey(member.Name);
        member.NameInitials = Pinyin.Initials(member.Name, personName: true);
        foreach (var (property, parameter) in columns)
        {
            var value = property.GetGetter().GetClrValue(member);
            if (value is not null && property.GetTypeMapping().Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            parameter.Value = value ?? DBNull.Value;
        }

        if (!prepared)
        {
            await command.PrepareAsync(ct);
            prepared = true;
        }

        member.Id = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return member.Id;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
