using Dangjian.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditChainTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chain_of_mixed_entries_verifies()
    {
        await using var database = await AuditHistory.CreateAsync();

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
        await using var database = await AuditHistory.CreateAsync();
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
        await using var database = await AuditHistory.CreateAsync();
        await database.ExecAsync("DROP TRIGGER audit_entries_no_delete");
        await database.ExecAsync("DELETE FROM audit_entries WHERE sequence = 2");

        var result = await database.VerifyAsync();

        result.BrokenAt.ShouldBe(2);
        result.Reason.ShouldBe(AuditBreak.Gap);
    }

    [Fact]
    public async Task Relinked_row_is_reported_as_previous_hash_mismatch()
    {
        await using var database = await AuditHistory.CreateAsync();
        await database.ExecAsync("DROP TRIGGER audit_entries_no_update");
        await database.ExecAsync($"UPDATE audit_entries SET previous_hash = '{new string('1', 64)}' WHERE sequence = 5");

        var result = await database.VerifyAsync();

        result.BrokenAt.ShouldBe(5);
        result.Reason.ShouldBe(AuditBreak.PreviousHashMismatch);
    }

    [Fact]
    public async Task A_different_key_breaks_the_first_link()
    {
        await using var database = await AuditHistory.CreateAsync();
        await using var db = database.Open();

        var result = await new AuditVerifier(new AuditKey(new byte[32])).VerifyAsync(db, Ct);

        result.BrokenAt.ShouldBe(1);
    }
}
