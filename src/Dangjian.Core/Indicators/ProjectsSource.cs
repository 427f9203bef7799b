using System.Linq.Expressions;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
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
public sealed class ProjectsSource() : RecordSource<Project>("projects", "项目")
{
    protected override Expression<Func<Project, int>> Owner => p => p.OrganizationId;

    /// <summary>Counts and sums come from one GROUP BY by kind, status and completion date.</summary>
    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) => null;

    protected override async Task<Figure?> OtherAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (d.Kind is not IndicatorKind.Count && !(d.Kind == IndicatorKind.Sum && d.Field == "amount"))
        {
            throw Unsupported(d);
        }

        var (statuses, codes) = Tokens(d);
        var (completed, underWay, planned) = (statuses.Contains(ProjectStatus.Completed), statuses.Contains(ProjectStatus.UnderWay), statuses.Contains(ProjectStatus.Planned));
        var kinds = codes.Count == 0 ? null : await c.OnceAsync("project-kinds", () => c.Db.GuidanceKinds.ToDictionaryAsync(k => k.Id, k => k.Code, ct));
        var (to, asOf) = (c.To, c.AsOf);
        var rows = (await StatesAsync(c, ct)).Where(r => (kinds is null || (kinds.TryGetValue(r.KindId, out var code) && codes.Contains(code)))
            && (statuses.Count == 0
                || (completed && r.CompletedOn != null && r.CompletedOn <= to)
                || (underWay && r.Status != ProjectStatus.Planned && (r.CompletedOn == null || r.CompletedOn > asOf))
                || (planned && r.Status == ProjectStatus.Planned))).ToList();
        return d.Kind == IndicatorKind.Count
            ? SourceFigures.CountOrNull(rows.Sum(r => r.Count), d.Unit)
            : SourceFigures.SumOrNull(rows.Sum(r => r.Amount), d.Unit);
    }

    private sealed record StateRow(int KindId, ProjectStatus Status, DateOnly? CompletedOn, int Count, decimal Amount);

    /// <summary>
    /// Every project figure from one statement: the projects running in the year under the organization by kind, status
    /// and completion date (the columns <see cref="Select"/> tests; the tests themselves run on these few rows in memory),
    /// read once per organization and year. Kind codes are matched through the kinds the caller sees, as the join does.
    /// </summary>
    private static Task<List<StateRow>> StatesAsync(IndicatorContext c, CancellationToken ct) => c.OnceAsync("projects", () =>
        Running(c).GroupBy(p => new { p.KindId, p.Status, p.CompletedOn })
            .Select(g => new StateRow(g.Key.KindId, g.Key.Status, g.Key.CompletedOn, g.Count(), g.Sum(p => p.Amount ?? 0))).ToListAsync(ct));

    private static (List<ProjectStatus> Statuses, List<string> Codes) Tokens(IndicatorDefinition d)
    {
        var tokens = ContactPointsSource.Codes(d.Filter);
        return (tokens.Where(t => Enum.TryParse<ProjectStatus>(t, out _)).Select(Enum.Parse<ProjectStatus>).ToList(),
            tokens.Where(t => !Enum.TryParse<ProjectStatus>(t, out _)).ToList());
    }

    /// <summary>Projects under the organization that ran at some time in the year.</summary>
    private static IQueryable<Project> Running(IndicatorContext c)
    {
        var (path, from, to) = (c.Path, c.From, c.To);
        return c.Db.Projects.Under(p => p.Organization!.Path, path).Where(p => p.StartedOn <= to && (p.CompletedOn == null || p.CompletedOn >= from));
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<Project> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(p => p.StartedOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.StartedOn, p.Name, p.Status, p.Amount, Kind = p.Kind!.Name, Org = p.Organization!.Name }).ToListAsync(ct);
        return rows.Select(p => new RecordRef("project", p.Id, SourceFigures.Label(p.StartedOn,
            $"{p.Org} {p.Name}（{p.Kind}，{GuidanceLabels.Of(p.Status)}{(p.Amount is { } a ? $"，{FigureFormat.Trimmed(a)}万元" : "")}）"), p.StartedOn)).ToList();
    }

    protected override IQueryable<Project> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var (statuses, codes) = Tokens(d);
        var (to, asOf) = (c.To, c.AsOf);
        var rows = Running(c);
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
