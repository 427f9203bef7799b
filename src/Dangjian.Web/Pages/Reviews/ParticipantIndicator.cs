using Dangjian.Core.Reviews;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>One objective indicator of a participant as the review pages show it: value as printed (or 无数据) and points.</summary>
public sealed record ParticipantIndicator(ReviewIndicator Rule, string Name, string Value, bool HasData, decimal? Points)
{
    /// <summary>
    /// Live values computed from the records now (while the review runs, for the reviewer), with the points of the last
    /// computation; or the values and points stored when the results were computed (published results are frozen).
    /// </summary>
    public static async Task<IReadOnlyList<ParticipantIndicator>> ListAsync(ReviewService service, ReviewPlan plan, ReviewParticipant participant, bool live)
    {
        var stored = participant.IndicatorScores().ToDictionary(s => s.IndicatorId);
        if (!live)
        {
            return plan.Indicators.Select(i => stored.TryGetValue(i.IndicatorId, out var s)
                ? new ParticipantIndicator(i, s.Name, s.Display, s.HasData, s.Score)
                : new ParticipantIndicator(i, i.IndicatorId, IndicatorScore.NoData, false, null)).ToList();
        }

        var indicators = await service.IndicatorsAsync(participant.Organization!);
        var rows = new List<ParticipantIndicator>();
        foreach (var i in plan.Indicators)
        {
            var found = indicators.Catalog.Find(i.IndicatorId) is not null;
            var value = found ? await indicators.ComputeAsync(i.IndicatorId, participant.Organization!, plan.Year) : null;
            rows.Add(new(i, value?.Definition.Name ?? i.IndicatorId, value?.Figure?.Text ?? IndicatorScore.NoData, value?.Figure is not null,
                stored.GetValueOrDefault(i.IndicatorId)?.Score));
        }

        return rows;
    }
}
