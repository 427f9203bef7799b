using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>
/// The report problem source for last year's review comments: composing year Y's report of an organization lists the
/// comments its secretary received in the review of year Y−1, each with the state of its rectification item
/// (<see cref="RectificationStates"/> on the day of composing: 已销号 / 待销号 / 整改中 / 逾期), as one problem of 二、 with a cause and a measure when some are not fixed. Wording: the report
/// template's <see cref="ReportTemplate.ReviewComments"/>.
/// </summary>
public sealed class ReviewCommentProblems(AppDbContext db, DateOnly today) : IReportProblemSource
{
    public async Task<IReadOnlyList<ProposedProblem>> ProposeAsync(ReportInput input, IReadOnlyDictionary<string, IndicatorValue> values, CancellationToken ct)
    {
        var previous = input.Year - 1;
        var id = input.Organization.Id;
        var rows = await db.ReviewComments.Where(c => c.Participant!.OrganizationId == id && c.Participant.Plan!.Year == previous)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Text, Status = (RectificationStatus?)c.RectificationItem!.Status, Deadline = (DateOnly?)c.RectificationItem.Deadline, c.RectificationItem.SubmittedOn, c.RectificationItem.SignedOffOn })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var wording = (input.Template ?? await ReportComposer.TemplateAsync(input.Organization, db, ct)).ReviewComments ?? ReviewCommentWording.Fallback;
        // A comment whose item is gone is still being rectified as far as the report can tell.
        var statuses = rows.Select(r => r.Status is { } s && r.Deadline is { } d ? RectificationStates.Of(s, d, r.SubmittedOn, r.SignedOffOn, today) : RectificationState.InProgress).ToList();
        var items = string.Join("；", rows.Select((r, i) => $"{Circled(i + 1)}{r.Text.Trim().TrimEnd('。', '；', ';', '.')}（{RectificationStates.Label(statuses[i])}）"));
        var tally = string.Join("、", Enum.GetValues<RectificationState>().Select(s => (s, n: statuses.Count(x => x == s))).Where(x => x.n > 0)
            .Select(x => $"{RectificationStates.Label(x.s)}{x.n}个"));
        var unresolved = statuses.Count(s => s != RectificationState.SignedOff);
        string Fill(string text) => text
            .Replace("{prevYear}", previous.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{count}", rows.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{unresolved}", unresolved.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{tally}", tally, StringComparison.Ordinal)
            .Replace("{items}", items, StringComparison.Ordinal);
        return unresolved == 0
            ? [new(Fill(wording.AllFixed), "", Fill(wording.AllFixedMeasure), Key)]
            : [new(Fill(wording.Problem), Fill(wording.Cause), Fill(wording.Measure), Key)];
    }

    /// <summary>Names this source's problem among the suggestions of 二、.</summary>
    public const string Key = "review-comments";

    private static string Circled(int n) => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : $"（{n}）";
}

/// <summary>
/// How a report states last year's review comments. Placeholders: {prevYear}, {count}, {unresolved} (not yet fixed),
/// {tally} ("已销号1个、整改中1个、逾期1个"), {items} ("①…（已销号）；②…（逾期）").
/// </summary>
public sealed record ReviewCommentWording
{
    public required string Problem { get; init; }
    public required string Cause { get; init; }
    public required string Measure { get; init; }
    public required string AllFixed { get; init; }
    public string AllFixedMeasure { get; init; } = "";

    public static ReviewCommentWording Fallback => ReportTemplate.Default.ReviewComments!;
}
