using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;

namespace Dangjian.Core.Loop.Talks;

public sealed record TalkDraft(DateOnly HeldOn, string Talker, string Targets, TalkTarget TargetKind, string Reason, string? FollowUp);

/// <summary>Records a talk (约谈) held by the user's own organization.</summary>
public sealed class TalkEntry(AppDbContext db) : IOperation
{
    public async Task<EntryResult> AddAsync(int organizationId, TalkDraft d, CancellationToken ct = default)
    {
        var talk = new Talk
        {
            OrganizationId = organizationId, HeldOn = d.HeldOn, Talker = d.Talker.Trim(), Targets = d.Targets.Trim(),
            TargetKind = d.TargetKind, Reason = d.Reason.Trim(), FollowUp = LoopEntries.Trimmed(d.FollowUp),
        };
        db.Talks.Add(talk);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(talk.Id);
    }
}
