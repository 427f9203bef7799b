using System.Globalization;
using System.Net;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>
/// Meetings and attendance partitioned by year on PostgreSQL (script 0031, ADR 0019): the rows referring to a meeting
/// carry its date on both databases, a corrected date follows to them (into the other year's partitions there), and the
/// database refuses a row whose date is not its meeting's.
/// </summary>
public sealed class MeetingPartitionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_meeting_corrected_into_last_year_takes_its_attendance_and_files_along()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var user = await Browser.LoginAsync(app, "branch");
        var id = await OrgLifeWorld.EnterGroupMeetingAsync(app, user, 1, "分区更正");
        using (var scope = app.Services.CreateScope())
        {
            var entry = scope.ServiceProvider.GetRequiredService<MeetingAttachmentEntry>();
            var file = new MeetingAttachment { FileName = "签到表.pdf", StoredName = "partition-probe.pdf", ContentType = "application/pdf", SizeBytes = 1 };
            (await entry.AddAsync(id, file, "branch")).Succeeded.ShouldBeTrue();
        }

        await using var db = app.NewDbContext();
        var before = await db.MeetingAttendances.AsNoTracking().Where(a => a.MeetingId == id).ToListAsync();
        before.ShouldNotBeEmpty();
        before.ShouldAllBe(a => a.HeldOn == OrgLifeWorld.Today.AddDays(-1));

        var lastYear = new DateOnly(OrgLifeWorld.Today.Year - 1, 12, 20);
        var dueBefore = await DueAsync(db, branch.Path, lastYear.Year);

        // one correction changes the date and one member's attendance together (rows of the new date, the meeting after)
        var (_, edit) = await user.GetAsync($"/Meetings/Edit/{id}");
        var form = OrgLifeWorld.Fields(edit);
        form["Form.HeldOn"] = Day(lastYear);
        var row = OrgLifeWorld.RowOf(edit, before.OrderBy(a => a.MemberId).First().MemberId);
        form[$"Form.Rows[{row}].Status"] = "OnLeave";
        form[$"Form.Rows[{row}].Reason"] = "住院";
        (await user.Client.PostAsync($"/Meetings/Edit/{id}", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id)).HeldOn.ShouldBe(lastYear);
        var after = await db.MeetingAttendances.AsNoTracking().Where(a => a.MeetingId == id).ToListAsync();
        after.Count.ShouldBe(before.Count);
        after.ShouldAllBe(a => a.HeldOn == lastYear);
        after.Count(a => a.Status == AttendanceStatus.OnLeave).ShouldBe(1);
        (await db.MeetingAttachments.AsNoTracking().SingleAsync(f => f.MeetingId == id)).HeldOn.ShouldBe(lastYear);
        if (app.Database.IsPostgres)
        {
            var partitions = await db.Database.SqlQuery<string>(
                $"SELECT tableoid::regclass::text AS \"Value\" FROM meetings WHERE id = {id} UNION ALL SELECT DISTINCT tableoid::regclass::text FROM meeting_attendances WHERE meeting_id = {id}").ToListAsync();
            partitions.ShouldBe([$"meetings_y{lastYear.Year}", $"meeting_attendances_y{lastYear.Year}"], ignoreOrder: true);
        }

        (await DueAsync(db, branch.Path, lastYear.Year)).ShouldBe(dueBefore + after.Count, "last year's participation counts the moved rows");
    }

    private static async Task<int> DueAsync(Core.Data.AppDbContext db, string path, int year) =>
        (await ComplianceQuery.YearAsync(db, path, year, OrgLifeWorld.Today)).Sum(o => o.Participation.Due);

    [Fact]
    public async Task The_database_refuses_an_attendance_row_whose_date_is_not_its_meetings()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        await using var db = app.NewDbContext();
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.OrganizationId == branch.Id).OrderBy(m => m.Id).FirstAsync();
        var attending = await db.MeetingAttendances.Where(a => a.MeetingId == meeting.Id).Select(a => a.MemberId).ToListAsync();
        var other = (await OrgLifeWorld.ActiveMembersAsync(app, branch.Id)).First(m => !attending.Contains(m.Id));

        db.MeetingAttendances.Add(new MeetingAttendance { MeetingId = meeting.Id, MemberId = other.Id, HeldOn = meeting.HeldOn.AddDays(1), Status = AttendanceStatus.Present });
        await Should.ThrowAsync<Exception>(() => db.SaveChangesAsync());

        await using var fresh = app.NewDbContext();
        (await fresh.MeetingAttendances.CountAsync(a => a.MeetingId == meeting.Id)).ShouldBe(attending.Count);
    }

    [Fact]
    public async Task Meetings_and_attendance_have_partitions_from_five_years_back_to_two_ahead()
    {
        Assert.SkipUnless(app.Database.IsPostgres, "declarative partitioning is PostgreSQL only");
        var year = app.Clock.Today().Year;
        await using var db = app.NewDbContext();
        foreach (var table in new[] { "meetings", "meeting_attendances" })
        {
            var partitions = await PartitionNames.OfAsync(db, table);
            partitions.ShouldContain($"{table}_default");
            Enumerable.Range(year - 5, 8).ShouldAllBe(y => partitions.Contains($"{table}_y{y}"));
            partitions.ShouldNotContain($"{table}_y{year + 3}");
        }
    }
}
