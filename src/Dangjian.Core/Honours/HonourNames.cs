using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Honours;

/// <summary>
/// The county's list of honour names: adds, renames, retires. Only a county committee keeps one; a name is unique in its
/// county. Errors are keyed by field (<see cref="HonourNameDraft"/> property names; "" for a stale version).
/// </summary>
public sealed class HonourNames(AppDbContext db)
{
    public const int NameMax = 60;
    public const string Conflict = "保存失败：该表彰名称刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    public sealed record Result(HonourName? Saved, bool NotFound, IReadOnlyDictionary<string, string> Errors)
    {
        public bool Succeeded => Saved is not null;
    }

    /// <summary>The names a user may choose from, in the county's order (retired ones last).</summary>
    public async Task<IReadOnlyList<HonourName>> VisibleAsync(CancellationToken ct = default) =>
        await db.HonourNames.AsNoTracking().OrderBy(n => n.Retired).ThenBy(n => n.Target).ThenBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync(ct);

    public async Task<Result> SaveAsync(Organization county, int? id, HonourNameDraft draft, CancellationToken ct = default)
    {
        if (county.Level != OrgLevel.CountyCommittee)
        {
            return new Result(null, true, new Dictionary<string, string>());
        }

        HonourName? row = null;
        if (id is { } existing && (row = await db.HonourNames.FirstOrDefaultAsync(n => n.Id == existing && n.OrganizationId == county.Id, ct)) is null)
        {
            return new Result(null, true, new Dictionary<string, string>());
        }

        var errors = new Dictionary<string, string>();
        var name = draft.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors[nameof(draft.Name)] = "请填写表彰名称";
        }
        else if (name.Length > NameMax)
        {
            errors[nameof(draft.Name)] = $"表彰名称不能超过{NameMax}个字";
        }
        else if (await db.HonourNames.AnyAsync(n => n.OrganizationId == county.Id && n.Name == name && n.Id != (id ?? 0), ct))
        {
            errors[nameof(draft.Name)] = $"本县已有表彰名称“{name}”";
        }

        if (draft.Target is not { } target || !Enum.IsDefined(target))
        {
            errors[nameof(draft.Target)] = "请选择表彰对象（集体或个人）";
        }
        else if (row is not null && row.Target != target && await db.Honours.AnyAsync(h => h.HonourNameId == row.Id, ct))
        {
            errors[nameof(draft.Target)] = "已有按此名称登记的表彰，不能改变表彰对象";
        }

        if (errors.Count > 0)
        {
            return new Result(null, false, errors);
        }

        if (row is null)
        {
            var last = await db.HonourNames.Where(n => n.OrganizationId == county.Id).MaxAsync(n => (int?)n.SortOrder, ct) ?? 0;
            row = new HonourName { OrganizationId = county.Id, Name = name, SortOrder = last + 1 };
            db.HonourNames.Add(row);
        }
        else
        {
            db.Entry(row).Property(n => n.Version).OriginalValue = draft.Version;
        }

        (row.Name, row.Target, row.Retired) = (name, draft.Target!.Value, draft.Retired);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Result(null, false, new Dictionary<string, string> { [""] = Conflict });
        }

        return new Result(row, false, errors);
    }
}

/// <summary>What the county's form gives for one honour name.</summary>
public sealed record HonourNameDraft(string? Name, HonourTarget? Target, bool Retired, int Version);
