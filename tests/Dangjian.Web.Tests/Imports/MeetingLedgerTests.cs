using System.Net;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 三会一课 ledger: a past year's meetings imported with attendance by name, recognised again, undone, exported and re-imported.</summary>
public sealed class MeetingLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = MeetingLedgerWorld.Headers;

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Imports/Ledger?kind=meetings&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["三会一课台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldContain("会议类型*");
        rows[0].ShouldContain("缺席人员");
        rows[1].Length.ShouldBe(rows[0].Length);
        LedgerPages.Rows(bytes, 1).ShouldContain(r => r.Length == 4 && r[0] == "缺席人员" && r[1] == "选填" && r[2].Contains("原因"));
    }

    [Fact]
    public async Task A_past_years_meetings_are_imported_with_attendance_recognised_on_reimport_and_undone_as_a_batch()
    {
        var (branch, members) = await MeetingLedgerWorld.BranchAsync(app, 0);
        var year = app.Clock.Today().Year - 1;
        var absent = members[0];
        var leave = members[1];
        List<string?[]> rows =
        [
            [branch.Name, "支部党员大会", $"{year}-03-05", "导入测试：学习两会精神", "党群服务中心", members[2].Name, null, $"{absent.Name}（外出务工）", $"{leave.Name}(病假)", null, null],
            [branch.Name, "党课", $"{year}/4/8", "导入测试：四月党课", null, null, "县委党校老师", null, null, null, null],
            [branch.Name, "支委会", $"{year}年5月9日", "导入测试：五月支委会", null, null, null, null, null, null, null],
        ];
        var file = await LedgerPages.XlsxAsync(Headers, rows);
        var browser = await Browser.LoginAsync(app, "clerk");

        var preview = await LedgerPages.CheckAsync(browser, "meetings", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 3 条，0 条系统中已有");
        preview.QuerySelectorAll("#samples li").Length.ShouldBe(3);
        await using (var db = app.NewDbContext())
        {
            (await db.Meetings.CountAsync(m => m.Topic.StartsWith("导入测试"))).ShouldBe(0, "a check writes nothing");
        }

        (await LedgerPages.ConfirmAsync(browser, "meetings", preview, confirm: false)).QuerySelector("#confirm-error")!.TextContent.ShouldContain("请勾选");
        var done = await LedgerPages.ConfirmAsync(browser, "meetings", preview);
        done.QuerySelector("#imported")!.TextContent.ShouldContain("新登记 3 条");

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var meetings = await db.Meetings.Include(m => m.Attendances).Where(m => m.Topic.StartsWith("导入测试")).OrderBy(m => m.HeldOn).ToListAsync();
            meetings.Select(m => m.HeldOn).ShouldBe([new DateOnly(year, 3, 5), new DateOnly(year, 4, 8), new DateOnly(year, 5, 9)]);
            meetings.Select(m => m.Kind).ShouldBe([MeetingKind.MemberAssembly, MeetingKind.PartyLecture, MeetingKind.BranchCommittee]);
            var due = await db.Members.Where(m => m.OrganizationId == branch.Id && m.State == MemberState.Active && m.JoinedOn <= new DateOnly(year, 3, 5))
                .Select(m => m.Id).OrderBy(id => id).ToListAsync();
            meetings[0].Attendances.Select(a => a.MemberId).Order().ShouldBe(due);
            meetings[0].Attendances.Single(a => a.MemberId == absent.Id).ShouldSatisfyAllConditions(
                a => a.Status.ShouldBe(AttendanceStatus.Absent), a => a.AbsenceReason.ShouldBe("外出务工"));
            meetings[0].Attendances.Single(a => a.MemberId == leave.Id).Status.ShouldBe(AttendanceStatus.OnLeave);
            meetings[0].Attendances.Count(a => a.Status == AttendanceStatus.Present).ShouldBe(due.Count - 2);
            meetings[0].ChairName.ShouldBe(members[2].Name);
            meetings[1].SpeakerName.ShouldBe("县委党校老师");
            meetings.ShouldAllBe(m => m.EnteredByProxy && m.EnteredBy == "clerk");
            var firstId = meetings[0].Id;
            var batch = await db.ImportBatches.Include(b => b.Records).SingleAsync(b => b.Ledger == "meetings" && b.Records.Any(r => r.RecordId == firstId));
            batch.CreatedCount.ShouldBe(3);
            batch.Records.Select(r => r.RecordId).Order().ShouldBe(meetings.Select(m => m.Id).Order());
            batchId = batch.Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(Meeting) && meetings.Select(m => m.Id.ToString()).Contains(e.TargetId!)))
                .ShouldBe(3, "every imported meeting is audited");
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(ImportBatch) && e.TargetId == batch.Id.ToString())).ShouldBe(1);
        }

        await LedgerPages.AssertAllStoredAsync(browser, "meetings", file, 3);

        var list = (await browser.GetAsync("/Imports")).Html;
        list.QuerySelector("#batches")!.TextContent.ShouldContain("三会一课台账");
        (await LedgerPages.UndoAsync(browser, batchId, confirm: false)).QuerySelector("#undo-error")!.TextContent.ShouldContain("确认撤销");
        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        await using (var db = app.NewDbContext())
        {
            (await db.Meetings.CountAsync(m => m.Topic.StartsWith("导入测试"))).ShouldBe(0);
            (await db.ImportBatches.SingleAsync(b => b.Id == batchId)).UndoneBy.ShouldBe("clerk");
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("已经撤销");
    }

    [Fact]
    public async Task A_leader_s_name_is_linked_to_the_leader_s_account_and_an_unknown_name_is_kept_as_typed()
    {
        var (branch, members) = await MeetingLedgerWorld.BranchAsync(app, 0);
        var year = app.Clock.Today().Year - 2;
        int secretaryId;
        string secretaryName;
        await using (var db = app.NewDbContext())
        {
            var secretary = await db.Users.SingleAsync(u => u.UserName == "secretary");
            (secretaryId, secretaryName) = (secretary.Id, secretary.DisplayName);
        }

        members.ShouldNotContain(m => m.Name == secretaryName);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "党课", $"{year}-06-01", "领导授课导入：书记党课", null, null, secretaryName, null, null, null, null],
            [branch.Name, "党课", $"{year}-06-02", "领导授课导入：外来党课", null, null, "无此账号的讲师", null, null, null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "meetings", file);

        await using (var check = app.NewDbContext())
        {
            var meetings = await check.Meetings.AsNoTracking().Where(m => m.Topic.StartsWith("领导授课导入")).OrderBy(m => m.HeldOn).ToListAsync();
            meetings.Select(m => (m.SpeakerName, m.SpeakerUserId, m.SpeakerMemberId))
                .ShouldBe([(secretaryName, (int?)secretaryId, (int?)null), ("无此账号的讲师", null, null)]);
        }
    }

    [Fact]
    public async Task A_committee_meeting_with_its_own_due_list_records_only_those_members()
    {
        var (branch, members) = await MeetingLedgerWorld.BranchAsync(app, 5);
        var year = app.Clock.Today().Year - 1;
        var due = string.Join("、", members.Take(4).Select(m => m.Name));
        var file = await LedgerPages.XlsxAsync(["党组织", "会议类型", "召开日期", "会议主题", "应到人员", "缺席人员", "请假人员"],
        [
            [branch.Name, "支部委员会会议", $"{year}-09-09", "应到测试：九月支委会", due, null, $"{members[1].Name}（出差）"],
            [branch.Name, "支部委员会会议", $"{year}-10-09", "应到测试：十月支委会", due, $"{members[6].Name}（外出）", null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, "meetings", file);
        LedgerPages.Problems(page).ShouldContain(p => p[0] == "3" && p[1] == "缺席人员" && p[2].Contains("不在“应到人员”中"));

        file = await LedgerPages.XlsxAsync(["党组织", "会议类型", "召开日期", "会议主题", "应到人员", "缺席人员", "请假人员"],
            [[branch.Name, "支部委员会会议", $"{year}-09-09", "应到测试：九月支委会", due, null, $"{members[1].Name}（出差）"]]);
        await LedgerPages.ImportAsync(browser, "meetings", file);
        await using var db = app.NewDbContext();
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleAsync(m => m.Topic == "应到测试：九月支委会");
        meeting.Attendances.Select(a => a.MemberId).Order().ShouldBe(members.Take(4).Select(m => m.Id).Order());
        meeting.Attendances.Single(a => a.MemberId == members[1].Id).Status.ShouldBe(AttendanceStatus.OnLeave);
    }

    [Fact]
    public async Task A_batch_whose_records_were_edited_since_cannot_be_undone()
    {
        var (branch, _) = await MeetingLedgerWorld.BranchAsync(app, 1);
        var year = app.Clock.Today().Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "党小组会", $"{year}-06-01", "撤销测试：六月党小组会", null, null, null, null, null, null, null],
            [branch.Name, "党小组会", $"{year}-07-01", "撤销测试：七月党小组会", null, null, null, null, null, null, null],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "meetings", file);
        int batchId;
        await using (var db = app.NewDbContext())
        {
            batchId = (await db.ImportBatches.Where(b => b.Ledger == "meetings").OrderByDescending(b => b.Id).FirstAsync()).Id;
            var meeting = await db.Meetings.SingleAsync(m => m.Topic == "撤销测试：七月党小组会");
            meeting.Place = "改过的地点";
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
        await using (var check = app.NewDbContext())
        {
            (await check.Meetings.CountAsync(m => m.Topic.StartsWith("撤销测试"))).ShouldBe(2, "nothing removed");
        }
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var (branch, members) = await MeetingLedgerWorld.BranchAsync(app, 3);
        var year = app.Clock.Today().Year - 2;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "主题党日", $"{year}-08-01", "往返测试：八月主题党日", "广场", members[0].Name, null, $"{members[1].Name}（外出）", $"{members[2].Name}（住院）", "记录", null],
            [branch.Name, "组织生活会", $"{year}-12-20", "往返测试：年度组织生活会", null, null, null, null, null, null, "是"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "meetings", file);
        var before = await SnapshotAsync("往返测试");

        var exported = await LedgerPages.ExportAsync(browser, "meetings", year);
        var rows = LedgerPages.Rows(exported);
        rows[0].ShouldBe(["党组织*", "会议类型*", "召开日期*", "会议主题*", "会议地点", "主持人", "授课人", "应到人员", "缺席人员", "请假人员", "会议记录", "含民主评议党员", "本县类别"]);
        rows.ShouldContain(r => r.Contains("往返测试：八月主题党日") && r.Contains($"{members[1].Name}（外出）"));

        await LedgerPages.AssertImportsBackAsync(app, browser, "meetings", exported, before, () => SnapshotAsync("往返测试"));
    }

    [Fact]
    public async Task A_role_that_does_not_enter_meetings_is_refused_and_a_branch_reaches_only_its_own_organization()
    {
        var liaison = await Browser.LoginAsync(app, "liaison");
        foreach (var url in new[] { "/Imports/Ledger?kind=meetings", "/Imports/Ledger?kind=meetings&handler=Template", "/Imports?handler=Export&kind=meetings&year=2025" })
        {
            var refused = await liaison.Client.GetAsync(url);
            refused.Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: url);
        }

        ((await liaison.GetAsync("/Imports")).Html.QuerySelector("#ledgers")?.TextContent ?? "").ShouldNotContain("三会一课台账");

        var (other, _) = await MeetingLedgerWorld.BranchAsync(app, 4);
        var branch = await Browser.LoginAsync(app, "branch");
        var file = await LedgerPages.XlsxAsync(Headers, [[other.Name, "党课", "2025-03-01", "越权测试", null, null, "某人", null, null, null, null]]);
        var page = await LedgerPages.CheckAsync(branch, "meetings", file);
        LedgerPages.Problems(page).ShouldContain(p => p[1] == "党组织" && p[2].Contains("找不到"));
    }

    private async Task<List<string>> SnapshotAsync(string topicPrefix)
    {
        await using var db = app.NewDbContext();
        var meetings = await db.Meetings.Include(m => m.Attendances).Where(m => m.Topic.StartsWith(topicPrefix)).ToListAsync();
        return [.. meetings.OrderBy(m => m.HeldOn).Select(m =>
            $"{m.OrganizationId}|{m.Kind}|{m.HeldOn}|{m.Topic}|{m.Place}|{m.ChairName}|{m.SpeakerName}|{m.MinutesText}|{m.IncludesDemocraticAppraisal}|{m.MonthlyThemeId}|"
            + string.Join(",", m.Attendances.OrderBy(a => a.MemberId).Select(a => $"{a.MemberId}:{a.Status}:{a.AbsenceReason}")))];
    }
}
