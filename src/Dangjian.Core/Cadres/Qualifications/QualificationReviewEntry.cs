using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Qualifications;

/// <summary>What the qualification review form posts (its own field checks done by the form).</summary>
public sealed record QualificationReviewDraft(int? TermId, int? OrganizationId, string PersonName, DateOnly? ReviewedOn, IReadOnlyList<string> Departments,
    ReviewResult Result, string? ProblemReason, DateOnly? RemovedOn);

/// <summary>Records one 任职资格联审 result; the village must lie in the term's township.</summary>
public sealed class QualificationReviewEntry(AppDbContext db) : IOperation
{
    /// <summary>The check that needs the database, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(QualificationReviewDraft d, CancellationToken ct = default) =>
        d.TermId is { } term && d.OrganizationId is { } village && !await CadreVillages.BelongsAsync(db, village, term, ct)
            ? new() { [nameof(d.OrganizationId)] = CadreVillages.NotInTerm } : [];

    public async Task<EntryResult> AddAsync(QualificationReviewDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var row = new QualificationReview
        {
            TermId = d.TermId!.Value, OrganizationId = d.OrganizationId!.Value, PersonName = d.PersonName.Trim(), ReviewedOn = d.ReviewedOn!.Value,
            Departments = ReviewDepartments.Join(d.Departments), Result = d.Result,
            ProblemReason = string.IsNullOrWhiteSpace(d.ProblemReason) ? null : d.ProblemReason.Trim(), RemovedOn = d.RemovedOn,
        };
        db.QualificationReviews.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
