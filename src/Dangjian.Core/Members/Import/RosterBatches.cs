using System.Threading.Channels;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// A parsed row, the blind index of its resident ID (null when it has none or repeats an earlier row's) and, for a
/// member to write, the details of its Create entry.
/// </summary>
internal readonly record struct IndexedRow(ParsedRow Row, string? Index, string? Created = null);

/// <summary>
/// The reading half of an import, on a thread of its own while <see cref="MemberImporter"/> writes: each row parsed,
/// its resident ID checked against the earlier rows of the file and, when the import writes, the member's sensitive
/// fields encrypted and indexed and its audit details written out (the writer waited for all of this when it did it
/// itself). Rows go to the writer in batches through a bounded channel, so only a few batches are held ahead of it.
/// </summary>
internal sealed class RosterBatches(RosterReader reader, RosterRowParser parser, ColumnMapping mapping, MemberSecrets secrets, string? fileName, bool write)
{
    private const int BatchesAhead = 4;

    private readonly Dictionary<string, int> seenIds = new(StringComparer.Ordinal); // blind index → first row with it

    /// <summary>
    /// Starts reading; the batches end when the file does. The returned task ends with the reading and carries its
    /// failure (a damaged file): await it after the last batch.
    /// </summary>
    public (ChannelReader<List<IndexedRow>> Batches, Task Reading) Start(int batchSize, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<List<IndexedRow>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                var batch = new List<IndexedRow>(batchSize);
                foreach (var raw in reader.Rows())
                {
                    ct.ThrowIfCancellationRequested();
                    batch.Add(Read(raw));
                    if (batch.Count == batchSize)
                    {
                        await channel.Writer.WriteAsync(batch, ct);
                        batch = new List<IndexedRow>(batchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    await channel.Writer.WriteAsync(batch, ct);
                }
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        }, ct);
        return (channel.Reader, reading);
    }

    private IndexedRow Read(RosterRow raw)
    {
        var parsed = parser.Parse(raw);
        string? created = null;
        if (write && parsed.Member is { } member)
        {
            secrets.SetResidentId(member, parsed.ResidentId);
            secrets.SetPhone(member, parsed.Phone);
            MemberBulkInsert.FillDerived(member);
            created = MemberImporter.CreatedDetails(member, fileName);
        }

        if (parsed.ResidentId is not { } id)
        {
            return new IndexedRow(parsed, null, created);
        }

        // Encrypting set the blind index too: a row to write has it computed once.
        var index = parsed.Member?.ResidentIdIndex ?? secrets.ResidentIdIndexOf(id);
        if (seenIds.TryAdd(index, raw.RowNumber))
        {
            return new IndexedRow(parsed, index, created);
        }

        return new IndexedRow(parsed with
        {
            Member = null,
            Errors = [.. parsed.Errors, new ImportError(raw.RowNumber, mapping.ColumnName(RosterField.ResidentId),
                $"身份证号与本文件第 {seenIds[index]} 行重复。")],
        }, null);
    }
}
