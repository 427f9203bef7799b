using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>
/// Keeps a file the web layer has already checked and stored (its file fields filled) with a meeting of the user's
/// scope (else not found), stamped with who uploaded it and when.
/// </summary>
public sealed class MeetingAttachmentEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> AddAsync(int meetingId, MeetingAttachment file, string userName, CancellationToken ct = default)
    {
        var heldOn = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.HeldOn).FirstOrDefaultAsync(ct);
        if (heldOn is null)
        {
            return EntryResult.Missing;
        }

        (file.MeetingId, file.HeldOn, file.UploadedAtUtc, file.UploadedBy) = (meetingId, heldOn.Value, clock.UtcNow(), userName);
        db.MeetingAttachments.Add(file);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(file.Id);
    }
}
