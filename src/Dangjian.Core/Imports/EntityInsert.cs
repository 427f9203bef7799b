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
    private NpgsqlBinaryImporter? open;

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

    /// <summary>Inserts the rows and sets each generated key.</summary>
    public async Task InsertManyAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (postgres is null)
        {
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

        var ids = await PostgresCopy.ReserveIdsAsync(postgres, table, generated.GetColumnName()!, rows.Count, ct);
        for (var i = 0; i < rows.Count; i++)
        {
            SetKey(rows[i], ids[i]);
        }

        await PostgresCopy.WriteAsync(postgres, table, $"{generated.GetColumnName()}, {columnList}", rows, KeyedValues, ct);
    }

    /// <summary>
    /// Inserts rows that already hold their keys (PostgreSQL: taken from the identity sequence on another connection) into
    /// a COPY left open across calls until <see cref="EndOpenCopyAsync"/>: the server stores one batch while the caller
    /// prepares the next, where a COPY per batch made each wait for the server. Nothing else can use the connection
    /// meanwhile. SQLite inserts the rows at once and sets their keys.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (postgres is null)
        {
            await InsertManyAsync(rows, ct);
            return;
        }

        if (generated is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: an open COPY is for rows with a generated key taken ahead.");
        }

        open ??= await PostgresCopy.BeginAsync(postgres, table, $"{generated.GetColumnName()}, {columnList}", ct);
        await PostgresCopy.WriteRowsAsync(open, rows, KeyedValues, ct);
    }

    /// <summary>Completes the COPY <see cref="AppendAsync"/> left open (waits until the server stored every row), if any.</summary>
    public async Task EndOpenCopyAsync(CancellationToken ct)
    {
        if (open is null)
        {
            return;
        }

        var copy = open;
        open = null;
        await using (copy)
        {
            await copy.CompleteAsync(ct);
        }
    }

    private object?[] KeyedValues(T r) => [generated!.GetGetter().GetClrValue(r), .. columns.Select(c => ProviderValue(c.Property, r))];

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

    public async ValueTask DisposeAsync()
    {
        if (open is not null)
        {
            await open.DisposeAsync(); // not completed: the COPY is cancelled, and the transaction fails with it
        }

        await command.DisposeAsync();
    }
}
