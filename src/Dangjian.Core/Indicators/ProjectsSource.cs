using Dangjian.Core.Guidance;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Projects under the township that ran at some time in the year (started by its end, not completed before its start).
/// <see cref="IndicatorDefinition.Filter"/>: kind codes and <see cref="ProjectStatus"/> names, "industry,Completed" (any of the statuses):
/// Completed = completed in the year; UnderWay = started and not completed on the year's end (today while it runs);
/// Planned = still planned. Count of projects, or Sum of "amount" (万元).
/// </summary>
public sealed class ProjectsSource : IIndicatorSource
{
    public string Name => "projects";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => d.Kind switch
    {
        IndicatorKind.Count => SourceFigures.CountOrNull(await Select(d, c).CountAsync(ct), d.Unit),
        IndicatorKind.Sum when d.Field == "amount" => SourceFigures.SumOrNull(await Select(d, c).SumAsync(p => p.Amount ?? 0, ct), d.Unit),
        _ => throw SourceFigures.Unsupported(d, "项目"),
    };

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Select(d, c).OrderBy(p => p.StartedOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.StartedOn, p.Name, p.Status, p.Amount, Kind = p.Kind!.Name, Org = p.Organization!.Name }).ToListAsync(ct);
        return rows.Select(p => new RecordRef("project", p.Id, SourceFigures.Label(p.StartedOn,
            $"{p.Org} {p.Name}（{p.Kind}，{GuidanceLabels.Of(p.Status)}{(p.Amount is { } a ? $"，{FigureFormat.Trimmed(a)}万元" : "")}）"), p.StartedOn)).ToList();
    }

    private static IQueryable<Project> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var tokens = ContactPointsSource.Codes(d.Filter);
        var statuses = tokens.Where(t => Enum.TryParse<ProjectStatus>(t, out _)).Select(Enum.Parse<ProjectStatus>).ToList();
        var codes = tokens.Where(t => !Enum.TryParse<ProjectStatus>(t, out _)).ToList();
        var (path, from, to, asOf) = (c.Path, c.From, c.To, c.AsOf);
        var rows = c.Db.Projects.Under(p => p.Organization!.Path, path).Where(p => p.StartedOn <= to && (p.CompletedOn == null || p.CompletedOn >= from));
        if (codes.Count > 0)
        {
            rows = rows.Where(p => codes.Contains(p.Kind!.Code));
        }

        if (statuses.Count == 0)
        {
            return rows;
        }

        var (completed, underWay, planned) = (statuses.Contains(ProjectStatus.Completed), statuses.Contains(ProjectStatus.UnderWay), statuses.Contains(ProjectStatus.Planned));
        return rows.Where(p => (completed && p.CompletedOn != null && p.CompletedOn <= to)
            || (underWay && p.Status != ProjectStatus.Planned && (p.CompletedOn == null || p.CompletedOn > asOf))
            || (planned && p.Status == ProjectStatus.Planned));
    }
}
