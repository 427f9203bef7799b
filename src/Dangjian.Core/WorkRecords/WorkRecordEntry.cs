using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.WorkRecords;

/// <param name="LedByUserId">The township leader's account who led it (带队领导), one of <see cref="MeetingSpeakers"/> of the organization on the day.</param>
public sealed record WorkRecordDraft(int OrganizationId, int CategoryId, int? TagId, DateOnly HeldOn, string Title, decimal Quantity, int? Participants,
    string? LedBy, int? LedByUserId, string? Place, string? Notes);

/// <summary>Records one counted activity; entered for another organization than the user's own it is flagged 代录.</summary>
public sealed class WorkRecordEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> AddAsync(int ownOrganizationId, string userName, WorkRecordDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == d.OrganizationId && o.IsActive, ct);
        if (org is null)
        {
            errors[nameof(d.OrganizationId)] = "请选择党组织";
        }

        var category = (await VisibleCategories.LoadAsync(db, ct)).FirstOrDefault(c => c.Id == d.CategoryId);
        if (category is null)
        {
            errors[nameof(d.CategoryId)] = "请选择类别";
        }

        if (d.TagId is not null && VisibleTags.Check(d.TagId, await VisibleTags.LoadAsync(db, RecordFamily.Work, ct)) is { } tagError)
        {
            errors[nameof(d.TagId)] = tagError;
        }

        var leaders = org is null ? [] : await MeetingSpeakers.LoadAsync(db, org, d.HeldOn, ct);
        var leader = leaders.FirstOrDefault(l => l.Id == d.LedByUserId);
        if (d.LedByUserId is not null && leader is null)
        {
            errors[nameof(d.LedByUserId)] = "所选账号不是本乡镇党委书记或该党组织的联系领导，不能作为带队领导；乡镇以外的带队人请只填写姓名";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var record = new WorkRecord
        {
            OrganizationId = d.OrganizationId, CategoryId = category!.Id, TagId = d.TagId, HeldOn = d.HeldOn, Title = d.Title.Trim(),
            Quantity = d.Quantity, Participants = category.ParticipantUnit is null ? null : d.Participants,
            LedBy = string.IsNullOrWhiteSpace(d.LedBy) ? leader?.Name ?? d.LedBy?.Trim() : d.LedBy.Trim(), LedByUserId = leader?.Id,
            Place = d.Place?.Trim(), Notes = d.Notes?.Trim(), EnteredByProxy = d.OrganizationId != ownOrganizationId,
            EnteredAtUtc = clock.UtcNow(), EnteredBy = userName,
        };
        db.WorkRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(record.Id);
    }
}
