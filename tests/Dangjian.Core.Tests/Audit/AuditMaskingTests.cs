using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

public class AuditMaskingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
        AuditJson.After(thingCreated, "ResidentId").ShouldBe("110101********1234");
        AuditJson.After(thingCreated, "Label").ShouldBe("a");
        var thingUpdated = entries.Single(e => e.TargetType == nameof(SecretThing) && e.Action == AuditAction.Update);
        AuditJson.Before(thingUpdated, "ResidentId").ShouldBe("110101********1234");
        AuditJson.After(thingUpdated, "ResidentId").ShouldBe("***");
        var user = entries.Single(e => e.TargetType == nameof(AppUser));
        AuditJson.After(user, "PasswordHash").ShouldBe("***");
        AuditJson.After(user, "SecurityStamp").ShouldBe("***");
        AuditJson.After(user, "UserName").ShouldBe("admin");
        entries.ShouldAllBe(e => !e.Details!.Contains("1990030712") && !e.Details.Contains("AQAAAA") && !e.Details.Contains("STAMP"));
    }
}
