using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Reviews;

/// <summary>
/// 述职评议考核: one organization's annual review of the secretaries of the organizations directly below it (the county
/// committee reviews its township committees; a township may review its branches the same way). The rules are data
/// (<see cref="RulesJson"/>, a <see cref="ReviewRules"/>); the objective indicators are <see cref="ReviewIndicator"/> rows.
/// </summary>
public class ReviewPlan : IVersioned
{
    public int Id { get; set; }

    /// <summary>The reviewing organization (owner of the plan).</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>The year under review (the reports and records of this year).</summary>
    public int Year { get; set; }
    public required string Title { get; set; }
    public ReviewPlanState State { get; set; }

    /// <summary>The plan's <see cref="ReviewRules"/> as JSON; read and write through <see cref="Rules"/> / <see cref="SetRules"/>.</summary>
    public required string RulesJson { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
    public List<ReviewIndicator> Indicators { get; set; } = [];
    public List<ReviewParticipant> Participants { get; set; } = [];
    public int Version { get; set; }

    public ReviewRules Rules() => ReviewRules.Parse(RulesJson);

    public void SetRules(ReviewRules rules) => RulesJson = rules.ToJson();
}

/// <summary>Draft: rules and indicators are set. Open: reports, ballots and comments are entered. Published: scores are frozen.</summary>
public enum ReviewPlanState { Draft, Open, Published }
