using Dangjian.Core.Audit;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_writers_keep_one_unbroken_chain()
    {
        await using var database = await AuditDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var db = database.Open();
                await database.Writer.AppendAsync(db, database.Actor, new AuditRecord(AuditAction.Export, "Report", $"{w}-{i}"));
            }
        })));

        var result = await database.VerifyAsync();
        result.Ok.ShouldBeTrue(result.Describe());
        result.Count.ShouldBe(40);
    }

    [Fact]
    public async Task Batches_chained_after_one_head_and_written_in_chunks_continue_the_chain_and_a_new_transaction_reads_it_again()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var head = new AuditHead();
        List<AuditRecord> Batch(string name) => [.. Enumerable.Range(0, 3).Select(i => new AuditRecord(AuditAction.Create, "Member", $"{name}{i}"))];
        await using (var db = database.Open())
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            await database.Writer.HoldHeadAsync(db, head, Ct);
            var chunk = database.Writer.ChainAfter(db, head, database.Actor, Batch("a"));
            chunk.AddRange(database.Writer.ChainAfter(db, head, database.Actor, Batch("b")));
            await database.Writer.InsertAsync(db, chunk, Ct);
            await database.Writer.InsertAsync(db, database.Writer.ChainAfter(db, head, database.Actor, Batch("c")), Ct);
            await database.Writer.AppendAsync(db, database.Actor, new AuditRecord(AuditAction.Import, "Member", "1"), Ct);
            await tx.CommitAsync(Ct);
        }

        await using (var db = database.Open())
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            Should.Throw<InvalidOperationException>(() => database.Writer.ChainAfter(db, head, database.Actor, Batch("x")),
                "the head held belongs to the transaction that ended");
            await database.Writer.HoldHeadAsync(db, head, Ct);
            await database.Writer.InsertAsync(db, database.Writer.ChainAfter(db, head, database.Actor, [new AuditRecord(AuditAction.Create, "Member", "d0")]), Ct);
            await tx.CommitAsync(Ct);
        }

        var entries = await database.EntriesAsync();
        entries.Select(e => (e.Sequence, e.TargetId)).ShouldBe(
            [(1, "a0"), (2, "a1"), (3, "a2"), (4, "b0"), (5, "b1"), (6, "b2"), (7, "c0"), (8, "c1"), (9, "c2"), (10, "1"), (11, "d0")]);
        var result = await database.VerifyAsync();
        result.Ok.ShouldBeTrue(result.Describe());
    }

    [Fact]
    public async Task Entry_times_are_utc_with_microsecond_precision()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 8, 30, 0, TimeSpan.Zero).AddTicks(1234567));
        await using (var db = database.Open())
        {
            await new AuditWriter(database.Key, clock).AppendAsync(db, database.Actor, new AuditRecord(AuditAction.LoginSucceeded, "AppUser", "7"), Ct);
        }

        var entry = (await database.EntriesAsync()).Single();
        entry.AtUtc.Ticks.ShouldBe(clock.Now.UtcTicks - 7);
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Oversized_user_input_is_clipped_to_the_columns()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            var actor = new AuditActor(new string('x', 1000), null, null, "::1");
            await database.Writer.AppendAsync(db, actor, new AuditRecord(AuditAction.LoginFailed, "AppUser", new string('y', 500), AuditResult.Failure), Ct);
        }

        var entry = (await database.EntriesAsync()).Single();
        entry.UserName.Length.ShouldBe(256);
        entry.TargetId!.Length.ShouldBe(100);
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now => now;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
