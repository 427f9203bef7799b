using System.Globalization;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Meetings.Ledger.MeetingSheetField;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>
/// The 三会一课 ledger: one row per meeting with its absentees and those on leave by name; every other member due
/// (active in the organization and joined by the meeting's date) is recorded present. Checked by the same rules as
/// the entry form (<see cref="MeetingValidation"/>). A typed speaker who is one of the organization's leaders
/// (<see cref="MeetingSpeakers"/>), and no member of it, is linked to that account; other names are kept as typed.
/// Meetings go in without the change tracker (<see cref="EntityInsert{T}"/>), each with the Create entry the interceptor
/// would write (<see cref="AuditCreated"/>); their attendance rows, 20 or more per meeting, by prepared INSERTs with one
/// audit entry per meeting naming who was absent or on leave (one entry per row made a 2,000-meeting ledger 20× slower than its floor).
/// </summary>
public sealed class MeetingLedger(AuditWriter audit, IAuditContext actor) : Ledger<MeetingSheetField, Meeting, MeetingLedger.Lookups>
{
    public sealed record Lookups(
        ILookup<int, Member> Members, IReadOnlyList<MonthlyTheme> Themes, LedgerTags Tags, IReadOnlyDictionary<int, IReadOnlyList<SpeakerAccount>> Leaders);

    private static readonly Dictionary<string, MeetingKind> Kinds = BuildKinds();

    public override string Code => "meetings";
    public override string Title => "三会一课台账";
    public override string Description => "支部党员大会、支部委员会会议、党小组会、党课、主题党日、组织生活会等会议及出席情况";
    public override IReadOnlyList<SheetColumn<MeetingSheetField>> Columns => MeetingSheet.Columns;
    public override IReadOnlyList<string> Notes => MeetingSheet.Notes;

    protected override async Task<Lookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking()
            .Where(m => m.State == MemberState.Active && m.Organization!.Path.StartsWith(scope.Root.Path))
            .ToListAsync(ct);
        var ancestors = OrgPaths.Ancestors(scope.Root.Path);
        var orgIds = scope.Organizations.Select(o => o.Id).Concat(ancestors).Distinct().ToList();
        var themes = await db.MonthlyThemes.AsNoTracking().Where(t => orgIds.Contains(t.OrganizationId)).ToListAsync(ct);
        return new Lookups(members.ToLookup(m => m.OrganizationId), themes, await LedgerTags.LoadAsync(db, RecordFamily.Meeting, ct),
            await MeetingSpeakers.LoadForAsync(db, scope.Organizations, null, ct));
    }

    protected override Meeting? Parse(LedgerCells<MeetingSheetField> cells, Lookups lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var kind = cells.Choice(F.Kind, Kinds);
        var heldOn = cells.Date(F.HeldOn, scope.Today);
        var topic = cells.Required(F.Topic, 200);
        var tag = lookups.Tags.Read(cells, F.Tag);
        if (org is null || kind is null || heldOn is null || topic is null)
        {
            return null;
        }

        var members = lookups.Members[org.Id].ToList();
        var due = Due(cells, org, members, heldOn.Value);
        var attendance = due is null ? null : Attendance(cells, org, members, heldOn.Value);
        if (due is null || attendance is null)
        {
            return null;
        }

        foreach (var missing in attendance.Keys.Where(id => due.All(m => m.Id != id)))
        {
            cells.Problem(F.Absent, $"{members.First(m => m.Id == missing).Name}不在“应到人员”中。");
        }

        var draft = new MeetingDraft
        {
            OrganizationId = org.Id, Kind = kind.Value, HeldOn = heldOn, Topic = topic, Place = cells.Text(F.Place),
            ChairName = cells.Text(F.Chair), SpeakerName = cells.Text(F.Speaker), MinutesText = cells.Text(F.Minutes),
            IncludesDemocraticAppraisal = cells.YesNo(F.DemocraticAppraisal),
            Attendance = [.. due.Select(m => attendance.TryGetValue(m.Id, out var a) ? a : new AttendanceDraft(m.Id, AttendanceStatus.Present))],
        };
        foreach (var (field, message) in MeetingValidation.Check(draft, org, due.ToDictionary(m => m.Id), scope.Today))
        {
            cells.Problem(ColumnOf(field), due.Count == 0 && field == nameof(MeetingDraft.Attendance)
                ? $"{org.Name}在{heldOn:yyyy-MM-dd}没有在册党员，无法登记出席情况。请先导入党员名册。"
                : message);
        }

        if (cells.HasProblems)
        {
            return null;
        }

        var byId = due.ToDictionary(m => m.Id);
        var speaker = Clean(draft.SpeakerName);
        var sameName = speaker is null ? [] : due.Where(m => m.Name == speaker).ToList();
        // a township leader's name links the leader's account, unless a member of the organization has it too (then it is
        // that member, as before); no match or two leaders of the name keep the name only (docs/decisions/0012)
        var leader = speaker is null || members.Any(m => m.Name == speaker) || !lookups.Leaders.TryGetValue(org.Id, out var leaders)
            ? null : MeetingSpeakers.Named(leaders, speaker);
        return new Meeting
        {
            OrganizationId = org.Id, Kind = kind.Value, HeldOn = heldOn.Value, Topic = topic.Trim(), Place = Clean(draft.Place),
            ChairName = Clean(draft.ChairName), SpeakerName = speaker, SpeakerMemberId = sameName.Count == 1 ? sameName[0].Id : null,
            SpeakerUserId = leader?.Id,
            MinutesText = Clean(draft.MinutesText), MonthlyThemeId = kind == MeetingKind.ThemeDay ? Theme(lookups, org, heldOn.Value)?.Id : null,
            IncludesDemocraticAppraisal = kind == MeetingKind.OrgLifeMeeting && draft.IncludesDemocraticAppraisal,
            EnteredByProxy = scope.IsProxyFor(org.Id), EnteredAtUtc = scope.NowUtc, EnteredBy = scope.UserName, TagId = tag,
            Attendances = [.. draft.Attendance.Select(a => MeetingAttendance.For(byId[a.MemberId], heldOn.Value, a.Status, Clean(a.AbsenceReason)))],
        };
    }

    /// <summary>The members due: those named in the 应到人员 cell, else every member joined by the meeting's date; null after a problem.</summary>
    private static List<Member>? Due(LedgerCells<MeetingSheetField> cells, Organizations.Organization org, List<Member> members, DateOnly heldOn)
    {
        var named = AttendanceNames.Parse(cells.Text(F.Due));
        if (named.Count == 0)
        {
            return [.. members.Where(m => m.JoinedOn <= heldOn)];
        }

        var due = new List<Member>();
        foreach (var (name, _) in named)
        {
            if (Find(cells, F.Due, org, members, name, heldOn) is { } member && !due.Contains(member))
            {
                due.Add(member);
            }
        }

        return cells.HasProblems ? null : due;
    }

    private static Member? Find(LedgerCells<MeetingSheetField> cells, F field, Organizations.Organization org, List<Member> members, string name, DateOnly heldOn)
    {
        var named = members.Where(m => m.Name == name).ToList();
        if (named.Count != 1)
        {
            cells.Problem(field, named.Count == 0
                ? $"“{name}”不是{org.Name}的在册党员，请核对姓名。"
                : $"{org.Name}有{named.Count}名党员叫“{name}”，无法区分，请在系统中逐条录入这次会议。");
            return null;
        }

        if (named[0].JoinedOn > heldOn)
        {
            cells.Problem(field, $"{name}于{named[0].JoinedOn:yyyy-MM-dd}入党，晚于会议日期，不在应到人员中。");
            return null;
        }

        return named[0];
    }

    /// <summary>The absent and on-leave members by id, or null after reporting names that are unknown, ambiguous or not yet members.</summary>
    private static Dictionary<int, AttendanceDraft>? Attendance(LedgerCells<MeetingSheetField> cells, Organizations.Organization org,
        List<Member> members, DateOnly heldOn)
    {
        var result = new Dictionary<int, AttendanceDraft>();
        foreach (var (field, status) in new[] { (F.Absent, AttendanceStatus.Absent), (F.OnLeave, AttendanceStatus.OnLeave) })
        {
            foreach (var (name, reason) in AttendanceNames.Parse(cells.Text(field)))
            {
                if (Find(cells, field, org, members, name, heldOn) is not { } member)
                {
                    continue;
                }

                if (reason is null)
                {
                    cells.Problem(field, $"{name}{OrgLifeLabels.Of(status)}，请在姓名后的括号中写明原因，如：{name}（外出务工）。");
                }
                else if (!result.TryAdd(member.Id, new AttendanceDraft(member.Id, status, reason)))
                {
                    cells.Problem(field, $"{name}在缺席、请假人员中出现了不止一次。");
                }
            }
        }

        return cells.HasProblems ? null : result;
    }

    private static MonthlyTheme? Theme(Lookups lookups, Organizations.Organization org, DateOnly day)
    {
        var ancestors = OrgPaths.Ancestors(org.Path);
        return lookups.Themes.Where(t => ancestors.Contains(t.OrganizationId) && t.Year == day.Year && t.Month == day.Month)
            .OrderByDescending(t => ancestors.IndexOf(t.OrganizationId)).FirstOrDefault();
    }

    protected override string Key(Meeting m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.OrganizationId}|{(int)m.Kind}|{m.HeldOn:yyyyMMdd}|{m.Topic.Trim()}");

    protected override int OrganizationOf(Meeting m) => m.OrganizationId;
    protected override DateOnly DateOf(Meeting m) => m.HeldOn;
    protected override int IdOf(Meeting m) => m.Id;

    protected override IQueryable<Meeting> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.Meetings.Where(m => organizationIds.Contains(m.OrganizationId) && m.HeldOn >= from && m.HeldOn <= to);

    protected override IQueryable<Meeting> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.Meetings.Where(m => ids.Contains(m.Id));

    protected override string Describe(Meeting m, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == m.OrganizationId);
        var away = m.Attendances.Count(a => a.Status != AttendanceStatus.Present);
        return $"{m.HeldOn:yyyy-MM-dd} {org.ShortName ?? org.Name} {OrgLifeLabels.Of(m.Kind)}：{m.Topic}（应到{m.Attendances.Count}人，缺席或请假{away}人）";
    }

    protected override async Task AddAsync(AppDbContext db, IReadOnlyList<Meeting> records, CancellationToken ct)
    {
        await using (var insert = new EntityInsert<Meeting>(db))
        {
            await insert.InsertManyAsync(records, ct);
        }

        var rows = new List<MeetingAttendance>();
        var entries = records.Select(m => AuditCreated.Of(db, m)).ToList();
        foreach (var meeting in records)
        {
            var attendance = meeting.Attendances;
            attendance.ForEach(a => a.Of(meeting));
            rows.AddRange(attendance);
            entries.Add(new AuditRecord(AuditAction.Create, nameof(MeetingAttendance), meeting.Id.ToString(CultureInfo.InvariantCulture), Details: JsonSerializer.Serialize(new
            {
                due = attendance.Count,
                absent = attendance.Where(a => a.Status == AttendanceStatus.Absent).Select(a => new { member = a.MemberId, reason = a.AbsenceReason }),
                onLeave = attendance.Where(a => a.Status == AttendanceStatus.OnLeave).Select(a => new { member = a.MemberId, reason = a.AbsenceReason }),
            })));
        }

        await AttendanceRows.InsertAsync(db, rows, ct);
        await audit.AppendAsync(db, actor, entries, ct);
    }

    protected override async Task<string?> BuiltOnAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var withFiles = await db.MeetingAttachments.Where(a => ids.Contains(a.MeetingId)).Select(a => a.MeetingId).Distinct().CountAsync(ct);
        return withFiles == 0 ? null : $"其中{withFiles}次会议在导入后上传了附件，不能整批撤销。";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Organization!.Path.StartsWith(scope.Root.Path) && m.HeldOn >= from && m.HeldOn <= to)
            .Include(m => m.Organization).Include(m => m.Tag).ThenInclude(t => t!.Parent).Include(m => m.Attendances).ThenInclude(a => a.Member)
            .OrderBy(m => m.Organization!.Path).ThenBy(m => m.HeldOn).ThenBy(m => m.Id)
            .ToListAsync(ct);
        var orgIds = meetings.Select(m => m.OrganizationId).Distinct().ToList();
        var members = (await db.Members.AsNoTracking().Where(m => orgIds.Contains(m.OrganizationId) && m.State == MemberState.Active)
            .Select(m => new { m.Id, m.OrganizationId, m.JoinedOn }).ToListAsync(ct)).ToLookup(m => m.OrganizationId);
        return [.. meetings.Select(m => new string?[]
        {
            LedgerScope.NameOf(m.Organization!), OrgLifeLabels.Of(m.Kind), m.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Topic,
            m.Place, m.ChairName, m.SpeakerName,
            // The due list only where it differs from "everyone then in the organization", so a full meeting re-imports as such.
            members[m.OrganizationId].Where(x => x.JoinedOn <= m.HeldOn).Select(x => x.Id).Order().SequenceEqual(m.Attendances.Select(a => a.MemberId).Order())
                ? null : AttendanceNames.Format(m.Attendances.OrderBy(a => a.MemberId).Select(a => (a.Member!.Name, (string?)null))),
            Names(m, AttendanceStatus.Absent), Names(m, AttendanceStatus.OnLeave), m.MinutesText,
            m.IncludesDemocraticAppraisal ? "是" : "否", m.Tag?.FullName,
        })];
    }

    private static string Names(Meeting m, AttendanceStatus status) =>
        AttendanceNames.Format(m.Attendances.Where(a => a.Status == status).OrderBy(a => a.MemberId).Select(a => (a.Member!.Name, a.AbsenceReason)));

    private static F ColumnOf(string draftField) => draftField switch
    {
        nameof(MeetingDraft.Kind) => F.Kind,
        nameof(MeetingDraft.HeldOn) => F.HeldOn,
        nameof(MeetingDraft.Topic) => F.Topic,
        nameof(MeetingDraft.Place) => F.Place,
        nameof(MeetingDraft.ChairName) => F.Chair,
        nameof(MeetingDraft.SpeakerName) => F.Speaker,
        nameof(MeetingDraft.MinutesText) => F.Minutes,
        _ => F.Absent,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, MeetingKind> BuildKinds()
    {
        var kinds = Enum.GetValues<MeetingKind>().ToDictionary(OrgLifeLabels.Of);
        foreach (var (alias, kind) in new[]
        {
            ("党员大会", MeetingKind.MemberAssembly), ("支委会", MeetingKind.BranchCommittee), ("支部委员会", MeetingKind.BranchCommittee),
            ("党小组会议", MeetingKind.GroupMeeting), ("主题党日活动", MeetingKind.ThemeDay), ("民主评议", MeetingKind.DemocraticAppraisal),
            ("党委会", MeetingKind.TownshipCommitteeMeeting), ("中心组学习", MeetingKind.CentralGroupStudy),
        })
        {
            kinds.TryAdd(alias, kind);
        }

        return kinds;
    }
}
