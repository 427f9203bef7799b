using Dangjian.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditAppendOnlyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("UPDATE audit_entries SET user_name = 'x' WHERE sequence = 1")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 1")]
    public async Task Triggers_block_update_and_delete(string sql)
    {
        await using var database = await AuditHistory.CreateAsync();

        var e = await Should.ThrowAsync<SqliteException>(() => database.ExecAsync(sql));

        e.Message.ShouldContain("审计日志只能追加");
        (await database.VerifyAsync()).Count.ShouldBe(6);
    }

    [Fact]
    public async Task SaveChanges_refuses_to_modify_delete_or_add_entries()
    {
        await using var database = await AuditHistory.CreateAsync();
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
