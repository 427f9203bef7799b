using Dangjian.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.Audit;

/// <summary>A database with six entries: create, update, login failure, export, reveal, delete.</summary>
public static class AuditHistory
{
    public static async Task<AuditDatabase> CreateAsync()
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
}
