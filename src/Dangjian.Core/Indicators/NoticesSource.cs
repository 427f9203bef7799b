using System.Linq.Expressions;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Rectification notices (整改通知书, 问题提示单…) sent in the year, counted in 张, apart from the findings and items they
/// list. Sent by the organization itself (scope "own") or by any under it ("subtree"); <see cref="IndicatorDefinition.Filter"/>:
/// notice titles, comma-separated (empty: all). <see cref="IndicatorDefinition.Field"/>: empty counts documents, "recipients"
/// one copy per organization it went to, "findings" the 问题提示单 sent from inspections (one per inspection,
/// organization and day, however many findings it lists).
/// </summary>
public sealed class NoticesSource() : RecordSource<RectificationNotice>("notices", "整改通知")
{
    protected override Expression<Func<RectificationNotice, int>> Owner => x => x.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => (d.Kind, d.Field) switch
    {
        (IndicatorKind.Count, null or "") => [Select(d, c).Select(Owner)],
        (IndicatorKind.Count, "recipients") => [Select(d, c).SelectMany(x => x.Recipients).Select(r => r.OrganizationId)],
        (IndicatorKind.Count, "findings") => [FindingNotices(d, c).Select(x => x.OrganizationId)],
        _ => null,
    };

    public override async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Field != "findings")
        {
            return await base.RecordsAsync(d, c, ct);
        }

        var sent = await FindingNotices(d, c).OrderBy(x => x.On).ThenBy(x => x.InspectionId).ThenBy(x => x.OrganizationId).Take(1000).ToListAsync(ct);
        var names = await c.Db.Organizations.AsNoTracking().Under(o => o.Path, c.Path).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return sent.Select(x => new RecordRef("inspection", x.InspectionId, SourceFigures.Label(x.On!.Value, $"问题提示单：{names.GetValueOrDefault(x.OrganizationId)}"), x.On)).ToList();
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<RectificationNotice> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(x => x.SentOn).ThenBy(x => x.Id)
            .Select(x => new { x.Id, x.SentOn, x.Title, x.DocumentNumber, Recipients = x.Recipients.Count }).ToListAsync(ct);
        return rows.Select(x => new RecordRef("rectification-notice", x.Id,
            SourceFigures.Label(x.SentOn, $"{x.Title}{(x.DocumentNumber is null ? "" : $"（{x.DocumentNumber}）")}，送{x.Recipients}个党组织"), x.SentOn)).ToList();
    }

    protected override IQueryable<RectificationNotice> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var titles = ContactPointsSource.Codes(d.Filter);
        var notices = c.Db.RectificationNotices.Where(x => x.SentOn >= c.From && x.SentOn <= c.To);
        if (titles.Count > 0)
        {
            notices = notices.Where(x => titles.Contains(x.Title));
        }

        return Scoped(notices, d, c, x => x.Organization!.Path);
    }

    /// <summary>Findings sent as a 问题提示单 in the year from inspections run under the organization: one per inspection, organization and day.</summary>
    private static IQueryable<FindingNotice> FindingNotices(IndicatorDefinition d, IndicatorContext c)
    {
        var id = c.Organization.Id;
        var path = c.Path;
        var findings = c.Db.Findings.Where(f => f.NoticeSentOn >= c.From && f.NoticeSentOn <= c.To);
        findings = d.Scope == "own" ? findings.Where(f => f.Inspection!.OrganizationId == id) : findings.Under(f => f.Inspection!.Organization!.Path, path);
        return findings.Select(f => new FindingNotice { InspectionId = f.InspectionId, OrganizationId = f.OrganizationId, On = f.NoticeSentOn }).Distinct();
    }

    private sealed class FindingNotice
    {
        public int InspectionId { get; init; }
        public int OrganizationId { get; init; }
        public DateOnly? On { get; init; }
    }
}
