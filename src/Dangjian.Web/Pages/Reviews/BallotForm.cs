using Dangjian.Core.Reviews;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>A participant's democratic-evaluation ballots and the reviewers' score as typed, with the version the form showed.</summary>
public sealed class BallotForm
{
    public string? Voters { get; set; }
    public string? Good { get; set; }
    public string? FairlyGood { get; set; }
    public string? Average { get; set; }
    public string? Poor { get; set; }
    public string? ReviewerScore { get; set; }
    public int Version { get; set; }

    public static BallotForm From(ReviewParticipant p) => p.Voters == 0
        ? new() { Version = p.Version, ReviewerScore = ReviewText.Plain(p.ReviewerScore) }
        : new()
        {
            Voters = $"{p.Voters}", Good = $"{p.BallotsGood}", FairlyGood = $"{p.BallotsFairlyGood}", Average = $"{p.BallotsAverage}",
            Poor = $"{p.BallotsPoor}", ReviewerScore = ReviewText.Plain(p.ReviewerScore), Version = p.Version,
        };

    /// <summary>The counts and score, or why they cannot be read; their meaning (sum ≤ voters, 0–100) is checked by the service.</summary>
    public (BallotCounts Ballots, decimal? ReviewerScore, List<string> Errors) Read(bool reviewerScored)
    {
        var e = new List<string>();
        int N(string? text, string label) => ReviewText.Integer(text, label, e) ?? 0;
        var ballots = new BallotCounts(N(Voters, "参加测评人数"), N(Good, "“好”的票数"), N(FairlyGood, "“较好”的票数"), N(Average, "“一般”的票数"), N(Poor, "“差”的票数"));
        var score = reviewerScored ? ReviewText.Decimal(ReviewerScore, "评议组评分", e, required: false) : null;
        return (ballots, score, e);
    }
}
