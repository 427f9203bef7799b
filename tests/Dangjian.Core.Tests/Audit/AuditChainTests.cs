using Dangjian.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditChainTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<AuditDatabase> WithHistoryAsync()
    {
        var database = await AuditDatabase.CreateAsync();
        var org = await database.AddOrganizationAsync("城关镇党委");
        await using (var db = database.Open())
        {
            var tracked = await db.Organizations.SingleAsync(o => o.Id == org.Id);
            tracked.ShortName = "城关镇";
            await db.SaveChangesAsync();
            await database.Writer.AppendAsync(db, database.Actor, new AuditRecord(AuditAction.LoginFailed, "AppUser", "clerk01", AuditResult.Failure));
            await database.Writer.AppendAsync(db, database.Actor, new AuditRecord(AuditAction.Export, "Member", null, Details: """{"rows":12}"""));
            await database.Writer.AppendAsync(db, database.Actor, new AuditRecord(AuditAction.Reveal, "Member", "5"));
            db.Organizations.Remove(tracked);
            db.SaveChanges();
        }

        return database;
    }

    [Fact]
    public async Task Chain_of_mixed_entries_verifies()
    {
        await using var database = await WithHistoryAsync();

        var result = await database.VerifyAsync();

        result.Ok.ShouldBeTrue(result.Describe());
        result.Count.ShouldBe(6);
        result.Describe().ShouldBe("审计日志完整：6 条");
        var entries = await database.EntriesAsync();
        entries.Select(e => e.Sequence).ShouldBe([1, 2, 3, 4, 5, 6]);
        entries[0].PreviousHash.ShouldBe(AuditChain.Genesis);
        entries.Select(e => e.Action).ShouldBe(
            [AuditAction.Create, AuditAction.Update, AuditAction.LoginFailed, AuditAction.Export, AuditAction.Reveal, AuditAction.Delete]);
        entries[2].Result.ShouldBe(AuditResult.Failure);
        entries.ShouldAllBe(e => e.UserName == "clerk01" && e.UserId == 7 && e.OrganizationId == 3 && e.Ip == "10.0.0.8");
    }

    [Fact]
    public async Task Tampered_row_is_reported_at_its_sequence()
    {
        await using var database = await WithHistoryAsync();
        // a DBA with direct access: drops the guard, edits one row
        await database.ExecAsync("DROP TRIGGER audit_entries_no_update");
        await database.ExecAsync("""UPDATE audit_entries SET details = '{"rows":1}' WHERE sequence = 4""");

        var result = await database.VerifyAsync();

        result.Ok.ShouldBeFalse();
        result.BrokenAt.ShouldBe(4);
        result.Reason.ShouldBe(AuditBreak.HashMismatch);
        result.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Deleted_row_is_reported_as_a_gap()
    {
        await using var database = await WithHistoryAsync();
        await database.ExecAsync("DROP TRIGGER audit_entries_no_delete");
        await database.ExecAsync("DELETE FROM audit_entries WHERE sequence = 2");

        var result = await database.VerifyAsync();

        result.BrokenAt.ShouldBe(2);
        result.Reason.ShouldBe(AuditBreak.Gap);
    }

    [Fact]
    public async Task Relinked_row_is_reported_as_previous_hash_mismatch()
    {
        await using var database = await WithHistoryAsync();
        await database.ExecAsync("DROP TRIGGER audit_entries_no_update");
        await database.ExecAsync($"UPDATE audit_entries SET previous_hash = '{new string('1', 64)}' WHERE sequence = 5");

        var result = await database.VerifyAsync();

        result.BrokenAt.ShouldBe(5);
        result.Reason.ShouldBe(AuditBreak.PreviousHashMismatch);
    }

    [Fact]
    public async Task A_different_key_breaks_the_first_link()
    {
        await using var database = await WithHistoryAsync();
        await using var db = database.Open();

        var result = await new AuditVerifier(new AuditKey(new byte[32])).VerifyAsync(db, Ct);

        result.BrokenAt.ShouldBe(1);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET user_name = 'x' WHERE sequence = 1")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 1")]
    public async Task Triggers_block_update_and_delete(string sql)
    {
        await using var database = await WithHistoryAsync();

        var e = await Should.ThrowAsync<SqliteException>(() => database.ExecAsync(sql));

        e.Message.ShouldContain("审计日志只能追加");
        (await database.VerifyAsync()).Count.ShouldBe(6);
    }

    [Fact]
    public async Task SaveChanges_refuses_to_modify_delete_or_add_entries()
    {
        await using var database = await WithHistoryAsync();
        await using var db = database.Open();
        var entry = await db.AuditEntries.FirstAsync(Ct);

        entry.UserName = "someone else";
        Should.Throw<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Add(new AuditEntry { UserName = "x", TargetType = "x", PreviousHash = "", Hash = "" });
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
