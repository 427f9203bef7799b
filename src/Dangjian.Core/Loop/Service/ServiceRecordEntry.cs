using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Loop.Commitments;

namespace Dangjian.Core.Loop.Service;

public sealed record ServiceRecordDraft(int OrganizationId, ServiceKind Kind, int? TagId, DateOnly HeldOn, string Title, string? Team, int People);

/// <summary>Records a 为民办实事 or 志愿服务 activity of the user's organization or one below it.</summary>
public sealed class ServiceRecordEntry(AppDbContext db) : IOperation
{
    public async Task<EntryResult> AddAsync(int ownOrganizationId, ServiceRecordDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (!await LoopEntries.AllBelowAsync(db, ownOrganizationId, [d.OrganizationId], includeOwn: true, ct))
        {
            errors[nameof(d.OrganizationId)] = "请选择本级或本级以下的党组织";
        }

        await LoopEntries.CheckTagAsync(db, errors, RecordFamily.Service, d.TagId, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var row = new ServiceRecord
        {
            OrganizationId = d.OrganizationId, Kind = d.Kind, TagId = d.TagId, HeldOn = d.HeldOn, Title = d.Title.Trim(), Team = LoopEntries.Trimmed(d.Team), People = d.People,
        };
        db.ServiceRecords.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
