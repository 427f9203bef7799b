using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building.Honours;

/// <summary>What the county's form gives for one honour name.</summary>
public sealed record HonourNameDraft(string? Name, HonourTarget? Target, string? Unit, bool Retired, int Version);

/// <summary>
/// Adds, renames and retires a name of the county's list. Only a county committee keeps one; a name is unique among its
/// county's honour names (collective and individual together) or among its title names, and carries the unit a count of it
/// is in. Errors are keyed by <see cref="HonourNameDraft"/> property names ("" for a stale version).
/// </summary>
public sealed class HonourNameEntry(AppDbContext db) : IOperation
{
    public const string Conflict = "保存失败：该表彰名称刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    public async Task<EntryResult> SaveAsync(Organization county, int? id, HonourNameDraft draft, CancellationToken ct = default)
    {
        if (county.Level != OrgLevel.CountyCommittee)
        {
            return EntryResult.Missing;
        }

        HonourName? row = null;
        if (id is { } existing && (row = await db.HonourNames.FirstOrDefaultAsync(n => n.Id == existing && n.OrganizationId == county.Id, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();
        var name = draft.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors[nameof(draft.Name)] = "请填写名称";
        }
        else if (name.Length > HonourNames.NameMax)
        {
            errors[nameof(draft.Name)] = $"名称不能超过{HonourNames.NameMax}个字";
        }
        else if (draft.Target is { } kind && await db.HonourNames.AnyAsync(n => n.OrganizationId == county.Id && n.Name == name && n.Id != (id ?? 0)
            && (kind == HonourTarget.Title ? n.Target == HonourTarget.Title : n.Target != HonourTarget.Title), ct))
        {
            // A title may share an honour's name (先进基层党组织 as both); two honour names may not, whoever they are for.
            errors[nameof(draft.Name)] = kind == HonourTarget.Title ? $"本县已有称号名称“{name}”" : $"本县已有表彰名称“{name}”";
        }

        if (draft.Target is not { } target || !Enum.IsDefined(target))
        {
            errors[nameof(draft.Target)] = "请选择用于（集体表彰、个人表彰或示范称号）";
        }
        else if (row is not null && row.Target != target
            && (await db.Honours.AnyAsync(h => h.HonourNameId == row.Id, ct) || await db.DemonstrationTitles.AnyAsync(t => t.TitleNameId == row.Id, ct)))
        {
            errors[nameof(draft.Target)] = "已有按此名称登记的表彰或称号，不能改变用途";
        }

        var unit = draft.Unit?.Trim() ?? "";
        if (unit.Length is 0 or > HonourNames.UnitMax)
        {
            errors[nameof(draft.Unit)] = $"请填写计量单位（{HonourNames.UnitMax}个字以内），如“个”“名”";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            var last = await db.HonourNames.Where(n => n.OrganizationId == county.Id).MaxAsync(n => (int?)n.SortOrder, ct) ?? 0;
            row = new HonourName { OrganizationId = county.Id, Name = name, Unit = unit, SortOrder = last + 1 };
            db.HonourNames.Add(row);
        }
        else
        {
            db.Entry(row).Property(n => n.Version).OriginalValue = draft.Version;
        }

        (row.Name, row.Target, row.Unit, row.Retired) = (name, draft.Target!.Value, unit, draft.Retired);
        return await db.SaveOrStaleAsync(() => row.Id, "", Conflict, ct);
    }
}
