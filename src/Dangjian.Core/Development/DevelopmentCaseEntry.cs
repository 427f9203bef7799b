using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>
/// Extends a probation or ends a case, on the day given (today when none): a fact date, not before the case's last step.
/// The case is found through the scoped set; one changed since the form was shown is refused under "Version"; other
/// messages are keyed by the field they concern (Months, ExtendedOn, Reason, ClosedOn; "" for a case already ended).
/// </summary>
public sealed class DevelopmentCaseEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> ExtendAsync(int caseId, int version, int months, DateOnly? on, CancellationToken ct = default)
    {
        return await ChangeAsync(caseId, version, async (c, errors) =>
        {
            var day = Day(c, on, "延长预备期的日期", "ExtendedOn", errors);
            if (errors.Count > 0)
            {
                return;
            }

            if ((await DevelopmentTimeline.LoadAsync(db, c, ct)).CheckExtension(c.Facts(), months) is [var finding, ..])
            {
                errors["Months"] = finding.Message;
                return;
            }

            (c.ExtensionMonths, c.ExtendedOn) = (months, day);
        }, ct);
    }

    /// <summary>
    /// Ends a case: a probationary member's qualification is cancelled (取消预备党员资格, the member record is kept and
    /// marked <see cref="MemberState.Stopped"/>), an earlier candidate is no longer developed (终止培养).
    /// </summary>
    public async Task<EntryResult> CloseAsync(int caseId, int version, string? reason, DateOnly? on, CancellationToken ct = default)
    {
        return await ChangeAsync(caseId, version, async (c, errors) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                errors["Reason"] = "请写明原因";
            }

            var day = Day(c, on, c.Stage == DevelopmentStage.Probationary ? "取消预备党员资格的日期" : "终止培养的日期", "ClosedOn", errors);
            if (c.State != CaseState.Open)
            {
                errors[""] = "该发展党员工作已结束。";
            }

            if (errors.Count > 0)
            {
                return;
            }

            (c.State, c.ClosedOn, c.CloseReason) = (c.Stage == DevelopmentStage.Probationary ? CaseState.Cancelled : CaseState.Stopped, day, reason!.Trim());
            if (c.State == CaseState.Cancelled && c.MemberId is { } id && await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is { } member)
            {
                member.State = MemberState.Stopped;
            }
        }, ct);
    }

    /// <summary>Finds the case, applies <paramref name="change"/> and saves unless it added a message.</summary>
    private async Task<EntryResult> ChangeAsync(int caseId, int version, Func<DevelopmentCase, Dictionary<string, string>, Task> change, CancellationToken ct)
    {
        if (await db.DevelopmentCases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == caseId, ct) is not { } c)
        {
            return EntryResult.Missing;
        }

        if (c.Version != version)
        {
            return EntryResult.Refused("Version", DevelopmentStepEntry.Stale);
        }

        var errors = new Dictionary<string, string>();
        await change(c, errors);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        return await db.SaveOrStaleAsync(() => c.Id, "Version", DevelopmentStepEntry.Stale, ct);
    }

    /// <summary>The day given (today when none), unless it is no fact date or lies before the step recorded last.</summary>
    private DateOnly Day(DevelopmentCase c, DateOnly? on, string label, string field, Dictionary<string, string> errors)
    {
        var today = clock.Today();
        var day = on ?? today;
        if ((FactDates.Problem(label, day, today)
            ?? (c.Steps.Count > 0 && c.Steps.Max(s => s.CompletedOn) is var last && day < last ? $"{label}不能早于上一步的日期（{last:yyyy年M月d日}）。" : null)) is { } problem)
        {
            errors[field] = problem;
        }

        return day;
    }
}
