using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditInterceptorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
        AuditJson.After(created, "Name").ShouldBe("张三");
        AuditJson.After(created, "BirthDate").ShouldBe("1980-05-01");
        AuditJson.Before(created, "Name").ShouldBeNull();
        JsonDocument.Parse(created.Details!).RootElement.TryGetProperty("Id", out _).ShouldBeFalse();

        updated.Action.ShouldBe(AuditAction.Update);
        AuditJson.Before(updated, "Name").ShouldBe("张三");
        AuditJson.After(updated, "Name").ShouldBe("张三丰");
        JsonDocument.Parse(updated.Details!).RootElement.TryGetProperty("BirthDate", out _).ShouldBeFalse();

        deleted.Action.ShouldBe(AuditAction.Delete);
        AuditJson.Before(deleted, "Name").ShouldBe("张三丰");
        AuditJson.After(deleted, "Name").ShouldBeNull();
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Oversized_details_are_shortened_to_valid_json()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var long1000 = new string('长', 1000);
        await using (var db = database.Open())
        {
            db.Organizations.Add(new Dangjian.Core.Organizations.Organization
            {
                Name = long1000, ShortName = long1000, SecretaryName = long1000, LiaisonLeaderName = long1000, DeactivationReason = long1000,
            });
            await db.SaveChangesAsync(Ct);
        }

        var entry = (await database.EntriesAsync()).Single();
        entry.Details!.Length.ShouldBeLessThanOrEqualTo(AuditEntry.DetailsMaxLength);
        AuditJson.After(entry, "Name")!.Length.ShouldBe(101);
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }
}
