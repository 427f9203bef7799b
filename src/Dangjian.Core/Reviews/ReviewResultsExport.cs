using Dangjian.Core.Members.Export;

namespace Dangjian.Core.Reviews;

/// <summary>The results table as .xlsx (one sheet, a row per participant in rank order); the caller audits the export.</summary>
public static class ReviewResultsExport
{
    public static readonly IReadOnlyList<string> Headers =
        ["名次", "党组织", "书记", "客观指标得分", "民主测评得分", "评议组评分", "综合得分", "等次", "约谈/警示"];

    /// <param name="ranked">Participants with their organizations, in rank order.</param>
    public static Task<int> WriteAsync(Stream output, IReadOnlyList<ReviewParticipant> ranked, ReviewRules rules, CancellationToken ct = default) =>
        XlsxStreamWriter.WriteAsync(output, "述职评议考核结果", Headers, Rows(ranked, rules), ct);

    public static string?[] Row(ReviewParticipant p, ReviewRules rules) =>
    [
        p.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
        p.Organization?.Name,
        p.SecretaryName,
        ReviewLabels.Score(p.ObjectiveScore),
        ReviewLabels.Score(p.DemocraticScore),
        ReviewLabels.Score(p.ReviewerScore),
        ReviewLabels.Score(p.Total),
        ReviewLabels.Of(p.Grade),
        p.Flagged ? ReviewLabels.Of(rules.FlagAction) : "",
    ];

    private static async IAsyncEnumerable<string?[]> Rows(IReadOnlyList<ReviewParticipant> ranked, ReviewRules rules)
    {
        foreach (var p in ranked)
        {
            yield return Row(p, rules);
        }

        await Task.CompletedTask;
    }
}
