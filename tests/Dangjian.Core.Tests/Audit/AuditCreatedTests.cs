using Dangjian.Core.Audit;
using Dangjian.Core.Imports;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace Dangjian.Core.Tests.Audit;

/// <summary>Rows inserted without the change tracker are logged as the interceptor logs the same rows saved through EF.</summary>
public class AuditCreatedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_meeting_inserted_in_bulk_is_logged_as_the_interceptor_logs_it()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var org = await database.AddOrganizationAsync("杏花村党支部");
        Meeting Make() => new()
        {
            OrganizationId = org.Id, Kind = MeetingKind.ThemeDay, HeldOn = new DateOnly(2026, 3, 5), Topic = "学习“两会”精神",
            Place = "党群服务中心", ChairName = null, EnteredByProxy = true, EnteredAtUtc = new DateTime(2026, 3, 6, 1, 2, 3, DateTimeKind.Utc),
            EnteredBy = "clerk01",
        };

        var tracked = Make();
        await using (var db = database.Open())
        {
            db.Meetings.Add(tracked);
            await db.SaveChangesAsync(Ct);
        }

        var bulk = Make();
        bulk.Attendances = [new MeetingAttendance { MemberId = 1, Status = AttendanceStatus.Present }]; // navigations are not inserted
        await InsertInBulkAsync(database, bulk);

        bulk.Id.ShouldBeGreaterThan(tracked.Id);
        var entries = (await database.EntriesAsync()).Where(e => e.TargetType == nameof(Meeting)).ToList();
        entries.Count.ShouldBe(2);
        entries[1].TargetId.ShouldBe(bulk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entries[1].Action.ShouldBe(entries[0].Action);
        entries[1].Details.ShouldBe(entries[0].Details);
        AuditJson.After(entries[1], "Topic").ShouldBe("学习“两会”精神");
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
        await using (var db = database.Open())
        {
            var stored = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == bulk.Id, Ct);
            stored.Kind.ShouldBe(MeetingKind.ThemeDay);
            stored.HeldOn.ShouldBe(new DateOnly(2026, 3, 5));
            stored.EnteredAtUtc.ShouldBe(tracked.EnteredAtUtc);
        }
    }

    [Fact]
    public async Task Sensitive_values_are_masked_as_the_interceptor_masks_them()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await database.ExecAsync(TestDbContext.CreateSecretsTable);
        await using (var db = database.Open())
        {
            db.SecretThings.Add(new SecretThing { Label = "甲", ResidentId = "110101199003071234" });
            await db.SaveChangesAsync(Ct);
        }

        var bulk = new SecretThing { Label = "甲", ResidentId = "110101199003071234" };
        await InsertInBulkAsync(database, bulk);

        var entries = await database.EntriesAsync();
        entries[1].Details.ShouldBe(entries[0].Details);
        entries[1].Details!.ShouldNotContain("199003071234");
    }

    private static async Task InsertInBulkAsync<T>(AuditDatabase database, T row) where T : class
    {
        await using var db = database.Open();
        await using var tx = await db.Database.BeginTransactionAsync(Ct);
        await using (var insert = new EntityInsert<T>(db))
        {
            await insert.InsertManyAsync([row], Ct);
        }

        await database.Writer.AppendAsync(db, database.Actor, AuditCreated.Of(db, row), Ct);
        await tx.CommitAsync(Ct);
    }
}
