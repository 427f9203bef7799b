using Dangjian.Core.Figures;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Meetings of given kinds (<see cref="IndicatorDefinition.Filter"/>: kind names, comma-separated) and/or a county topic
/// tag (专题研究党建), filtered by <see cref="RecordFilters"/>. Scope "own": held
/// by the organization itself; "subtree": anywhere below; "secretary": given by its secretary anywhere below; "liaison":
/// given in a branch by that branch's liaison leader (班子成员到包挂村上党课). Leaders are recognised by the speaker's
/// account (<see cref="Meeting.SpeakerUserId"/>), not by the typed name (docs/decisions/0012-leader-participation.md).
/// Count of meetings, members present (distinct), attendance rate (present of due), organizations reaching a threshold.
/// </summary>
public sealed class MeetingsSource : IIndicatorSource, ICountedSource
{
    public string Name => "meetings";

    /// <summary>Counts with a filter or a leader's scope (the plain ones come from <see cref="SummaryAsync"/>).</summary>
    public IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count && !Plain(d) ? [Select(d, c).Select(m => m.OrganizationId)] : null;

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (Plain(d))
        {
            var kinds = Kinds(d.Filter);
            var id = c.Organization.Id;
            var rows = (await SummaryAsync(c, ct)).Where(r => kinds.Contains(r.Kind) && (d.Scope != "own" || r.OrganizationId == id)).ToList();
            if (d.Kind == IndicatorKind.Count)
            {
                return SourceFigures.CountOrNull(rows.Sum(r => r.Count), d.Unit);
            }

            var (least, below) = ((int)Math.Ceiling(d.Threshold ?? 1), d.Below is { } under ? (int)Math.Ceiling(under) : int.MaxValue);
            var reaching = rows.GroupBy(r => r.OrganizationId).Select(g => g.Sum(r => r.Count)).Count(n => n >= least && n < below);
            return SourceFigures.CountOrNull(reaching, d.Unit);
        }

        var meetings = Select(d, c);
        switch (d.Kind)
        {
            case IndicatorKind.Count:
                return SourceFigures.CountOrNull((await CountBatch.SizesAsync(d, c, Counted(d, c)!, ct))[0], d.Unit);
            case IndicatorKind.DistinctPersons:
                var people = await Attendance(d, c).Where(a => a.Status == AttendanceStatus.Present)
                    .Select(a => a.MemberId).Distinct().CountAsync(ct);
                return SourceFigures.CountOrNull(people, d.Unit);
            case IndicatorKind.Rate:
                // One pass over the attendance rows for both counts.
                var counts = await Attendance(d, c).GroupBy(_ => 1)
                    .Select(g => new { Present = g.Count(a => a.Status == AttendanceStatus.Present), Due = g.Count() })
                    .SingleOrDefaultAsync(ct);
                return Figure.Share(counts?.Present ?? 0, counts?.Due ?? 0);
            case IndicatorKind.BucketCount:
                var threshold = (int)Math.Ceiling(d.Threshold ?? 1);
                var below = d.Below is { } b ? (int)Math.Ceiling(b) : int.MaxValue;
                var orgs = await meetings.GroupBy(m => m.OrganizationId).Where(g => g.Count() >= threshold && g.Count() < below).CountAsync(ct);
                return SourceFigures.CountOrNull(orgs, d.Unit);
            default:
                throw new InvalidOperationException($"指标“{d.Name}”：会议记录不支持 {d.Kind} 统计。");
        }
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.HeldOn, m.Kind, m.Topic, Org = m.Organization!.Name }).ToListAsync(ct);
        return rows.Select(m => new RecordRef("meeting", m.Id, SourceFigures.Label(m.HeldOn, $"{m.Org} {OrgLifeLabels.Of(m.Kind)}：{m.Topic}"), m.HeldOn)).ToList();
    }

    /// <summary>Counts of meetings of given kinds held in the subtree or by the organization itself, with no tag or level filter.</summary>
    private static bool Plain(IndicatorDefinition d) =>
        d.Kind is IndicatorKind.Count or IndicatorKind.BucketCount && d.Scope is "own" or "subtree" && Kinds(d.Filter).Count > 0 && !RecordFilters.Uses(d);

    private sealed record KindRow(MeetingKind Kind, int OrganizationId, int Count);

    /// <summary>
    /// Every plain meeting count of the report from one statement: the year's meetings of the subtree by kind and
    /// organization, read once per organization and year (the bucket counts need the per-organization numbers).
    /// </summary>
    private static Task<List<KindRow>> SummaryAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("meetings", () => Summary.ReadAsync(c, ct));

    private static readonly YearSummary<Meeting, KindRow> Summary = new(db => db.Meetings, m => m.HeldOn, m => m.Organization!.Path,
        (rows, _) => rows.GroupBy(m => new { m.Kind, m.OrganizationId }).Select(g => new KindRow(g.Key.Kind, g.Key.OrganizationId, g.Count())));

    /// <summary>
    /// Attendance rows of the selected meetings. Without a tag, level or leader's scope they are read from the attendance
    /// side with the meeting's conditions on its navigation: the scope filter of attendance already joins the meeting, and
    /// EF reuses that join, so the meetings are joined once (joining the selected meetings would join them twice: EF 10
    /// applies attendance's filter whatever IgnoreQueryFilters says on the inner side of a join). Dates as in
    /// <see cref="AttendanceDates"/>.
    /// </summary>
    private static IQueryable<MeetingAttendance> Attendance(IndicatorDefinition d, IndicatorContext c)
    {
        if (d.Scope is not ("own" or "subtree") || RecordFilters.Uses(d))
        {
            return from m in Select(d, c)
                   join a in c.Db.MeetingAttendances on m.Id equals a.MeetingId
                   where a.HeldOn >= c.From && a.HeldOn <= c.To
                   select a;
        }

        var (kinds, from, to, id) = (Kinds(d.Filter), c.From, c.To, c.Organization.Id);
        var rows = c.Db.MeetingAttendances.HeldBetween(from, to).Where(a => kinds.Contains(a.Meeting!.Kind));
        return d.Scope == "own" ? rows.Where(a => a.Meeting!.OrganizationId == id) : rows.Under(a => a.Meeting!.Organization!.Path, c.Path);
    }

    private static IQueryable<Meeting> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var kinds = Kinds(d.Filter);
        var query = c.Db.Meetings.Where(m => m.HeldOn >= c.From && m.HeldOn <= c.To).Filtered(d);
        // a county topic tag may stand alone (its meetings of any kind); without one the kinds are required
        if (kinds.Count > 0 || string.IsNullOrWhiteSpace(d.Tag))
        {
            query = query.Where(m => kinds.Contains(m.Kind));
        }

        var id = c.Organization.Id;
        var path = c.Path;
        return d.Scope switch
        {
            "own" => query.Where(m => m.OrganizationId == id),
            "secretary" => BySecretary(query.Under(m => m.Organization!.Path, path), c),
            "liaison" => ByLiaison(query.Under(m => m.Organization!.Path, path), c),
            _ => query.Under(m => m.Organization!.Path, path),
        };
    }

    /// <summary>
    /// Given by the organization's secretary: the speaker's account holds the township secretary's role in the
    /// organization (a renamed secretary still counts, a namesake does not). A meeting with no speaker account (entered
    /// before 0026, imported from a sheet, or an API client's) counts by the name typed as before, unless the name is
    /// linked to a member of a branch below (a villager of the same name is not the secretary).
    /// </summary>
    private static IQueryable<Meeting> BySecretary(IQueryable<Meeting> query, IndicatorContext c)
    {
        var id = c.Organization.Id;
        var secretary = c.Organization.SecretaryName ?? "";
        var secretaries = ContactPointsSource.Secretaries(c);
        return query.Where(m => (m.SpeakerUserId != null && secretaries.Contains(m.SpeakerUserId.Value))
            || (m.SpeakerUserId == null && secretary != "" && m.SpeakerName == secretary && (m.SpeakerMemberId == null || m.OrganizationId == id)));
    }

    /// <summary>
    /// Given in an organization by its liaison leader: the speaker's account leads a contact point (包抓/联系点) on the
    /// organization in force on the day, or holds a liaison scope (联系点账号的范围) over it. A meeting with no speaker
    /// account counts by the organization's typed liaison name as before, unless the name is linked to one of its members.
    /// </summary>
    private static IQueryable<Meeting> ByLiaison(IQueryable<Meeting> query, IndicatorContext c)
    {
        var db = c.Db;
        return query.Where(m =>
            (m.SpeakerUserId != null
                && (db.ContactPoints.Any(p => p.OrganizationId == m.OrganizationId && p.LeaderUserId == m.SpeakerUserId
                        && p.StartedOn <= m.HeldOn && (p.EndedOn == null || p.EndedOn >= m.HeldOn))
                    || db.UserScopes.Any(s => s.UserId == m.SpeakerUserId && m.Organization!.Path.StartsWith(s.Organization!.Path))))
            || (m.SpeakerUserId == null && m.SpeakerMemberId == null && m.Organization!.LiaisonLeaderName != null
                && m.SpeakerName == m.Organization.LiaisonLeaderName));
    }

    private static List<MeetingKind> Kinds(string? filter) =>
        (filter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Enum.Parse<MeetingKind>).ToList();
}
