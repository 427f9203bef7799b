using System.Linq.Expressions;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Development cases (发展党员) under the organization that reached a stage in the year (<see cref="IndicatorDefinition.Filter"/>):
/// "activists" (确定为入党积极分子, step 3), "targets" (确定为发展对象, step 7), each case once. Admissions and conversions are
/// members' figures (<see cref="MembersSource"/>).
/// </summary>
public sealed class DevelopmentSource() : RecordSource<DevelopmentStepRecord>("development", "发展党员记录")
{
    protected override Expression<Func<DevelopmentStepRecord, int>> Owner => s => s.Case!.OrganizationId;

    public override IReadOnlyList<IQueryable<int>>? Counted(IndicatorDefinition d, IndicatorContext c) =>
        d.Kind == IndicatorKind.Count ? [Select(d, c).Select(s => s.CaseId).Distinct()] : null;

    protected override IQueryable<DevelopmentStepRecord> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var step = Step(d);
        var path = c.Path;
        return c.Db.DevelopmentSteps.Where(s => s.Step == step && s.CompletedOn >= c.From && s.CompletedOn <= c.To).Under(s => s.Case!.Organization!.Path, path);
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<DevelopmentStepRecord> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(s => s.CompletedOn).ThenBy(s => s.CaseId)
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
}
