using Dangjian.Core.Figures;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Meetings of given kinds (<see cref="IndicatorDefinition.Filter"/>: kind names, comma-separated) and/or a county topic
/// tag (专题研究党建), filtered by <see cref="RecordFilters"/>. Scope "own": held
/// by the organization itself; "subtree": anywhere below; "secretary": given by its secretary anywhere below; "liaison":
/// given in a branch by that branch's liaison leader (班子成员到包挂村上党课).
/// Count of meetings, members present (distinct), attendance rate (present of due), organizations reaching a threshold.
/// </summary>
public sealed class MeetingsSource : IIndicatorSource
{
    public string Name => "meetings";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var meetings = Select(d, c);
        switch (d.Kind)
        {
            case IndicatorKind.Count:
                return SourceFigures.CountOrNull(await meetings.CountAsync(ct), d.Unit);
            case IndicatorKind.DistinctPersons:
                var people = await Attendance(meetings, c).Where(a => a.Status == AttendanceStatus.Present)
                    .Select(a => a.MemberId).Distinct().CountAsync(ct);
                return SourceFigures.CountOrNull(people, d.Unit);
            case IndicatorKind.Rate:
                // One pass over the attendance rows for both counts.
                var counts = await Attendance(meetings, c).GroupBy(_ => 1)
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

    /// <summary>Attendance rows of the selected meetings, joined on the meeting key (no per-row subquery over all attendance).</summary>
    private static IQueryable<MeetingAttendance> Attendance(IQueryable<Meeting> meetings, IndicatorContext c) =>
        from m in meetings
        join a in c.Db.MeetingAttendances on m.Id equals a.MeetingId
        select a;

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
        var secretary = c.Organization.SecretaryName ?? "";
        return d.Scope switch
        {
            "own" => query.Where(m => m.OrganizationId == id),
            "secretary" => query.Where(m => m.Organization!.Path.StartsWith(path) && secretary != "" && m.SpeakerName == secretary),
            "liaison" => query.Where(m => m.Organization!.Path.StartsWith(path) && m.Organization.LiaisonLeaderName != null && m.SpeakerName == m.Organization.LiaisonLeaderName),
            _ => query.Where(m => m.Organization!.Path.StartsWith(path)),
        };
    }

    private static List<MeetingKind> Kinds(string? filter) =>
        (filter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Enum.Parse<MeetingKind>).ToList();
}
