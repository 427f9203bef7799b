using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop.Tasks;

/// <param name="CompletedOn">完成日期: today when empty; the real day when a past year's task is entered afterwards.</param>
public sealed record KeyTaskReportDraft(string? Progress, string? Evidence, bool Completed, DateOnly? CompletedOn, int Version);

/// <summary>The receiver of a task reports progress and, when done, completion with evidence (the level above may file it, 代录).</summary>
public sealed class KeyTaskReport(AppDbContext db, TimeProvider clock) : IOperation
{
    public const string StaleMessage = "该任务已被他人修改，请刷新后重试。";

    public async Task<EntryResult> SaveAsync(int assignmentId, KeyTaskReportDraft d, CancellationToken ct = default)
    {
        if (await db.KeyTaskAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, ct) is not { } assignment)
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();
        if (d.Completed && string.IsNullOrWhiteSpace(d.Evidence))
        {
            errors[nameof(d.Evidence)] = "完成任务须填写佐证材料";
        }

        if ((d.Progress?.Length ?? 0) > 4000 || (d.Evidence?.Length ?? 0) > 4000)
        {
            errors[nameof(d.Evidence)] = "进展和佐证材料各不能超过4000个字";
        }

        if (d.Version != assignment.Version)
        {
            errors[""] = StaleMessage;
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        db.Entry(assignment).Property(a => a.Version).OriginalValue = d.Version;
        assignment.Progress = LoopEntries.Trimmed(d.Progress);
        assignment.Evidence = LoopEntries.Trimmed(d.Evidence);
        assignment.CompletedOn = d.Completed ? d.CompletedOn ?? assignment.CompletedOn ?? clock.Today() : null;
        return await LoopEntries.SaveAsync(db, assignment.Id, StaleMessage, ct);
    }
}
