using Dangjian.Core.Development;
using Dangjian.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Development cases (发展党员) under the organization that reached a stage in the year (<see cref="IndicatorDefinition.Filter"/>):
/// "activists" (确定为入党积极分子, step 3), "targets" (确定为发展对象, step 7). Admissions and conversions are members' figures
/// (<see cref="MembersSource"/>).
/// </summary>
public sealed class DevelopmentSource : IIndicatorSource
{
    public string Name => "development";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct) => d.Kind == IndicatorKind.Count
        ? SourceFigures.CountOrNull(await Steps(d, c).Select(s => s.CaseId).Distinct().CountAsync(ct), d.Unit)
        : throw SourceFigures.Unsupported(d, "发展党员记录");

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await Steps(d, c).OrderBy(s => s.CompletedOn).ThenBy(s => s.CaseId)
            .Select(s => new { s.CaseId, s.CompletedOn, s.Case!.Name, Org = s.Case.Organization!.Name }).ToListAsync(ct);
        return rows.DistinctBy(s => s.CaseId).Select(s => new RecordRef("development-case", s.CaseId,
            SourceFigures.Label(s.CompletedOn, $"{s.Org} {s.Name}（{DevelopmentLabels.Of(Stage(d))}）"), s.CompletedOn)).ToList();
    }

    private static int Step(IndicatorDefinition d) => d.Filter switch
    {
        "activists" => StepNumbers.ActivistChosen,
        "targets" => StepNumbers.TargetChosen,
        _ => throw new InvalidOperationException($"指标“{d.Name}”：未知的发展党员口径“{d.Filter}”。"),
    };

    private static DevelopmentStage Stage(IndicatorDefinition d) => d.Filter == "targets" ? DevelopmentStage.Target : DevelopmentStage.Activist;

    private static IQueryable<DevelopmentStepRecord> Steps(IndicatorDefinition d, IndicatorContext c)
    {
        var step = Step(d);
        var path = c.Path;
        return c.Db.DevelopmentSteps.Where(s => s.Step == step && s.CompletedOn >= c.From && s.CompletedOn <= c.To).Under(s => s.Case!.Organization!.Path, path);
    }
}
