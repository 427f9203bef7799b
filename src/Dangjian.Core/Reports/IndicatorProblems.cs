using Dangjian.Core.Indicators;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>Problems proposed by the template's <see cref="ProblemRule"/>s from indicator values.</summary>
public sealed class IndicatorProblems(IReadOnlyList<ProblemRule> rules) : IReportProblemSource
{
    public Task<IReadOnlyList<ProposedProblem>> ProposeAsync(ReportInput input, IReadOnlyDictionary<string, IndicatorValue> values, CancellationToken ct)
    {
        var list = new List<ProposedProblem>();
        foreach (var rule in rules)
        {
            var figure = values.GetValueOrDefault(rule.When)?.Figure;
            var applies = rule.WhenMissing
                ? figure is null
                : figure is not null && (rule.AtLeast is not { } min || figure.Value >= min) && (rule.Below is not { } max || figure.Value < max);
            if (applies)
            {
                list.Add(new(rule.Problem, rule.Cause, rule.Measure, rule.When));
            }
        }

        return Task.FromResult<IReadOnlyList<ProposedProblem>>(list);
    }

    /// <summary>The indicators the rules read, to compute them with the report's figures.</summary>
    public static IEnumerable<string> Indicators(IEnumerable<ProblemRule> rules) =>
        rules.SelectMany(r => FigureTokens.Keys(r.Problem).Select(k => k[4..]).Append(r.When));
}
