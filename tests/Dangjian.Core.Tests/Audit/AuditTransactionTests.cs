using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditTransactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failed_save_writes_no_entry_and_leaves_no_transaction()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var org = await database.AddOrganizationAsync("县委");
        await using var db = database.Open();
        db.Members.Add(new Member { Name = "无组织", OrganizationId = 999_999 }); // foreign key violation

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        db.Database.CurrentTransaction.ShouldBeNull();
        db.ChangeTracker.Clear();
        db.Members.Add(new Member { Name = "李四", OrganizationId = org.Id });
        db.SaveChanges();
        var entries = await database.EntriesAsync();
        entries.Count.ShouldBe(2);
        entries[1].Details!.ShouldContain("李四");
        entries.ShouldAllBe(e => !e.Details!.Contains("无组织"));
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Entries_roll_back_with_the_callers_transaction()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await using (var db = database.Open())
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            db.Organizations.Add(new Dangjian.Core.Organizations.Organization { Name = "临时", Level = Dangjian.Core.Organizations.OrgLevel.Branch, Sector = Dangjian.Core.Organizations.OrgSector.Other });
            await db.SaveChangesAsync(Ct);
            (await db.AuditEntries.CountAsync(Ct)).ShouldBe(1); // visible inside the transaction
            await tx.RollbackAsync(Ct);
        }

        (await database.EntriesAsync()).ShouldBeEmpty();
        await database.AddOrganizationAsync("县委");
        (await database.EntriesAsync()).Single().Sequence.ShouldBe(1);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_is_not_logged()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var org = await database.AddOrganizationAsync("县委");
        await using (var db = database.Open())
        {
            var tracked = await db.Organizations.SingleAsync(Ct);
            tracked.Name = "县委";
            await db.SaveChangesAsync(Ct);
        }

        (await database.EntriesAsync()).Count.ShouldBe(1);
    }
}
