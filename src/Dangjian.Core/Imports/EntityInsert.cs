using System.Data.Common;
using Dangjian.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Dangjian.Core.Imports;

/// <summary>
/// Inserts rows of one entity type in the context's current transaction without the change tracker, whose per-entity
/// work (graph fix-up, batching, one statement text per save) made imports several times slower than their floor:
/// SQLite re-runs one prepared INSERT and reads the generated key from the connection (a RETURNING clause made each
/// insert ≈ 1.5× as costly), PostgreSQL gets one binary COPY with the keys
/// reserved from the identity sequence. Columns and value conversions come from the EF model, so a column added to
/// the entity is inserted too. Nothing here audits: the caller writes the entries (<see cref="Audit.AuditCreated"/>).
/// </summary>
internal sealed class EntityInsert<T> : IAsyncDisposable where T : class
{
    private readonly DbCommand command;
    private readonly (IProperty Property, DbParameter Parameter)[] columns;
    private readonly IProperty? generated;
    private readonly NpgsqlConnection? postgres;
    private readonly SqliteConnection? sqlite;
    private readonly string table;
    private readonly string columnList;
    private bool prepared;

    public EntityInsert(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        generated = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
        var properties = entity.GetProperties().Where(p => p != generated).ToArray();
        if (properties.Any(p => p.IsShadowProperty()) || entity.GetComplexProperties().Any())
        {
            throw new InvalidOperationException($"{typeof(T).Name}: only plain properties can be inserted this way.");
        }

        postgres = db.Database.GetDbConnection() as NpgsqlConnection;
        columnList = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));
        command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk insert runs inside the import transaction.");
        columns = [.. properties.Select((p, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return (p, parameter);
        })];
        sqlite = db.Database.GetDbConnection() as SqliteConnection;
        if (sqlite is not null && generated is not null && generated.ClrType != typeof(int) && generated.ClrType != typeof(long))
        {
            throw new InvalidOperationException($"{typeof(T).Name}: a generated key is read as the SQLite rowid, so it must be an integer.");
        }

        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table)} ({columnList}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})";
    }

    /// <summary>
    /// Inserts the rows and sets each generated key; with <paramref name="keysTaken"/> (PostgreSQL only) the rows already
    /// hold keys taken from the identity sequence, on another connection ahead of this one.
    /// </summary>
    public async Task InsertManyAsync(IReadOnlyList<T> rows, CancellationToken ct, bool keysTaken = false)
    {
        if (postgres is null)
        {
            if (keysTaken)
            {
                throw new InvalidOperationException("SQLite inserts take their keys from the rowid.");
            }

            foreach (var row in rows)
            {
                await InsertAsync(row, ct);
            }

            return;
        }

        if (generated is null)
        {
            await PostgresCopy.WriteAsync(postgres, table, columnList, rows, r => [.. columns.Select(c => ProviderValue(c.Property, r))], ct);
            return;
        }

        if (!keysTaken)
        {
            var ids = await PostgresCopy.ReserveIdsAsync(postgres, table, generated.GetColumnName()!, rows.Count, ct);
            for (var i = 0; i < rows.Count; i++)
            {
                SetKey(rows[i], ids[i]);
            }
        }

        await PostgresCopy.WriteAsync(postgres, table, $"{generated.GetColumnName()}, {columnList}", rows,
            r => [generated.GetGetter().GetClrValue(r), .. columns.Select(c => ProviderValue(c.Property, r))], ct);
    }

    private static object? ProviderValue(IProperty property, T row)
    {
        var value = property.GetGetter().GetClrValue(row);
        return value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private async Task InsertAsync(T row, CancellationToken ct)
    {
        foreach (var (property, parameter) in columns)
        {
            parameter.Value = ProviderValue(property, row) ?? DBNull.Value;
        }

        if (!prepared)
        {
            await command.PrepareAsync(ct);
            prepared = true;
        }

        await command.ExecuteNonQueryAsync(ct);
        if (generated is not null)
        {
            SetKey(row, SQLitePCL.raw.sqlite3_last_insert_rowid(sqlite!.Handle));
        }
    }

    private void SetKey(T row, object? id) =>
        generated!.PropertyInfo!.SetValue(row, Convert.ChangeType(id, generated.ClrType, System.Globalization.CultureInfo.InvariantCulture));

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
