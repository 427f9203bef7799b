using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Loop.Commitments;

namespace Dangjian.Core.Loop.Service;

public sealed record ServiceRecordDraft(int? OrganizationId, ServiceKind Kind, int? TagId, DateOnly? HeldOn, string Title, string? Team, int People);

/// <summary>Records a 为民办实事 or 志愿服务 activity of the user's organization or one below it.</summary>
public sealed class ServiceRecordEntry(AppDbContext db) : IOperation
{
    /// <summary>The checks that need the database, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int ownOrganizationId, ServiceRecordDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        await LoopEntries.CheckBelowAsync(db, errors, nameof(d.OrganizationId), ownOrganizationId, d.OrganizationId, includeOwn: true, "请选择本级或本级以下的党组织", ct);
        LoopEntries.Required(errors, nameof(d.HeldOn), d.HeldOn, "请填写日期");
        await LoopEntries.CheckTagAsync(db, errors, RecordFamily.Service, d.TagId, ct);
        return errors;
    }

    public async Task<EntryResult> AddAsync(int ownOrganizationId, ServiceRecordDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(ownOrganizationId, d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var row = new ServiceRecord
        {
            OrganizationId = d.OrganizationId!.Value, Kind = d.Kind, TagId = d.TagId, HeldOn = d.HeldOn!.Value, Title = d.Title.Trim(), Team = LoopEntries.Trimmed(d.Team), People = d.People,
        };
        db.ServiceRecords.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
