using System.Threading.Channels;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Dangjian.Core.Members.Import;

/// <summary>A batch of rows and the blind indexes among them that the deployment already holds.</summary>
internal sealed record CheckedBatch(List<IndexedRow> Rows, HashSet<string> Registered);

/// <summary>
/// An import's look-ups on PostgreSQL, on a connection of its own, a few batches ahead of the writer (which waited for
/// them between its COPYs): which resident IDs the deployment already holds and, when the import writes, the new members'
/// ids from the identity sequence (a sequence is not transactional, so ids taken here serve the writer's transaction).
/// The check needs only committed members: the import's own rows are checked against the file's earlier rows by
/// <see cref="RosterBatches"/>, and another import's uncommitted rows were not visible to the writer's look-up either.
/// SQLite has one writer: there the writer looks up itself and the insert takes the rowids.
/// </summary>
internal sealed class AheadOfWriter : IAsyncDisposable
{
    private const int BatchesAhead = 2;

    private readonly NpgsqlConnection connection;
    private readonly string registered;
    private readonly (string Table, string Column)? identity;

    private AheadOfWriter(NpgsqlConnection connection, string registered, (string, string)? identity) =>
        (this.connection, this.registered, this.identity) = (connection, registered, identity);

    /// <summary>False once the writer stops writing (an error in an all-or-nothing import): no more ids are taken.</summary>
    public volatile bool Writing = true;

    /// <summary>Look-ups beside <paramref name="db"/>'s connection on PostgreSQL (ids only when <paramref name="write"/>); null on SQLite.</summary>
    public static AheadOfWriter? For(DbContext db, bool write)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection postgres)
        {
            return null;
        }

        var entity = db.Model.FindEntityType(typeof(Member))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var column = entity.FindProperty(nameof(Member.ResidentIdIndex))!.GetColumnName(table)!;
        var id = entity.FindProperty(nameof(Member.Id))!.GetColumnName(table)!;
        return new AheadOfWriter((NpgsqlConnection)((ICloneable)postgres).Clone(),
            $"SELECT \"{column}\" FROM \"{table.Name}\" WHERE \"{column}\" = ANY(@indexes)", write ? (table.Name, id) : null);
    }

    /// <summary>The batches of <paramref name="batches"/>, each with its registered indexes; a failed look-up fails the reading of them.</summary>
    public (ChannelReader<CheckedBatch> Batches, Task Checking) Start(ChannelReader<List<IndexedRow>> batches, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<CheckedBatch>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        var checking = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                await connection.OpenAsync(ct);
                await foreach (var batch in batches.ReadAllAsync(ct))
                {
                    var found = await RegisteredAsync(batch, ct);
                    await ReserveIdsAsync(batch, found, ct);
                    await channel.Writer.WriteAsync(new CheckedBatch(batch, found), ct);
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                channel.Writer.TryComplete(failure);
            }
        }, ct);
        return (channel.Reader, checking);
    }

    // MemberRegistry.RegisteredResidentIdIndexesAsync's query (every member, no scope), on this connection of its own
    private async Task<HashSet<string>> RegisteredAsync(List<IndexedRow> batch, CancellationToken ct)
    {
        var indexes = batch.Where(b => b.Index is not null).Select(b => b.Index!).ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (indexes.Length == 0)
        {
            return found;
        }

        await using var cmd = new NpgsqlCommand(registered, connection);
        cmd.Parameters.AddWithValue("indexes", indexes);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    /// <summary>Ids for the members the writer will insert: the rows without errors whose resident ID is not registered.</summary>
    private async Task ReserveIdsAsync(List<IndexedRow> batch, HashSet<string> found, CancellationToken ct)
    {
        if (identity is not { } target || !Writing)
        {
            return;
        }

        var members = batch.Where(b => b.Row is { Member: not null, Errors.Count: 0 } && (b.Index is null || !found.Contains(b.Index)))
            .Select(b => b.Row.Member!).ToList();
        if (members.Count == 0)
        {
            return;
        }

        var ids = await PostgresCopy.ReserveIdsAsync(connection, target.Table, target.Column, members.Count, ct);
        for (var i = 0; i < members.Count; i++)
        {
            members[i].Id = ids[i];
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
