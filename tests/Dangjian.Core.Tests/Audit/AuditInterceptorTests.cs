using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Identity;
using Dangjian.Core.People;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditInterceptorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Field(AuditEntry entry, string name) =>
        JsonDocument.Parse(entry.Details!).RootElement.GetProperty(name);

    private static string? Before(AuditEntry e, string name) => Field(e, name).GetProperty("before").GetString();
    private static string? After(AuditEntry e, string name) => Field(e, name).GetProperty("after").GetString();

    [Fact]
    public async Task Create_update_delete_record_before_and_after_with_the_generated_id()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var org = await database.AddOrganizationAsync("城关镇党委");
        await using (var db = database.Open())
        {
            var member = new Member { Name = "张三", OrganizationId = org.Id, BirthDate = new DateOnly(1980, 5, 1) };
            db.Members.Add(member);
            await db.SaveChangesAsync(Ct);
            member.Name = "张三丰";
            await db.SaveChangesAsync(Ct);
            db.Members.Remove(member);
            await db.SaveChangesAsync(Ct);
        }

        var entries = await database.EntriesAsync();
        entries.Count.ShouldBe(4);
        var (created, updated, deleted) = (entries[1], entries[2], entries[3]);
        org.Id.ShouldBeGreaterThan(0);
        entries[0].TargetId.ShouldBe(org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        created.Action.ShouldBe(AuditAction.Create);
        created.TargetType.ShouldBe(nameof(Member));
        created.TargetId.ShouldBe(deleted.TargetId);
        int.Parse(created.TargetId!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        After(created, "Name").ShouldBe("张三");
        After(created, "BirthDate").ShouldBe("1980-05-01");
        Before(created, "Name").ShouldBeNull();
        JsonDocument.Parse(created.Details!).RootElement.TryGetProperty("Id", out _).ShouldBeFalse();

        updated.Action.ShouldBe(AuditAction.Update);
        Before(updated, "Name").ShouldBe("张三");
        After(updated, "Name").ShouldBe("张三丰");
        JsonDocument.Parse(updated.Details!).RootElement.TryGetProperty("BirthDate", out _).ShouldBeFalse();

        deleted.Action.ShouldBe(AuditAction.Delete);
        Before(deleted, "Name").ShouldBe("张三丰");
        After(deleted, "Name").ShouldBeNull();
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Sensitive_and_identity_secret_values_are_masked()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var org = await database.AddOrganizationAsync("县委");
        await database.ExecAsync(TestDbContext.CreateSecretsTable);
        await using (var db = database.Open())
        {
            var thing = new SecretThing { Label = "a", ResidentId = "110101199003071234" };
            db.SecretThings.Add(thing);
            db.Users.Add(new AppUser { DisplayName = "管理员", UserName = "admin", OrganizationId = org.Id, PasswordHash = "AQAAAAIAAYagAAAAEHash", SecurityStamp = "STAMPSTAMPSTAMP" });
            await db.SaveChangesAsync(Ct);
            thing.ResidentId = "12345";
            db.SaveChanges();
        }

        var entries = await database.EntriesAsync();
        var thingCreated = entries.Single(e => e.TargetType == nameof(SecretThing) && e.Action == AuditAction.Create);
        After(thingCreated, "ResidentId").ShouldBe("110101********1234");
        After(thingCreated, "Label").ShouldBe("a");
        var thingUpdated = entries.Single(e => e.TargetType == nameof(SecretThing) && e.Action == AuditAction.Update);
        Before(thingUpdated, "ResidentId").ShouldBe("110101********1234");
        After(thingUpdated, "ResidentId").ShouldBe("***");
        var user = entries.Single(e => e.TargetType == nameof(AppUser));
        After(user, "PasswordHash").ShouldBe("***");
        After(user, "SecurityStamp").ShouldBe("***");
        After(user, "UserName").ShouldBe("admin");
        entries.ShouldAllBe(e => !e.Details!.Contains("1990030712") && !e.Details.Contains("AQAAAA") && !e.Details.Contains("STAMP"));
    }

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
            db.Organizations.Add(new Organizations.Organization { Name = "临时", Level = Organizations.OrgLevel.Branch, Sector = Organizations.OrgSector.Other });
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
