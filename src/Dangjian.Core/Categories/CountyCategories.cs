using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Categories;

/// <summary>
/// The county's own work categories and tags: checks and stores one, under optimistic concurrency, only for a county
/// committee and only its own rows (looked up through the scoped context). Nothing is saved when a check fails.
/// </summary>
public sealed class CountyCategories(AppDbContext db) : IOperation
{
    public const string Conflict = "保存失败：该类别刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    public async Task<EntryResult> SaveTagAsync(int countyId, TagDraft draft, CancellationToken ct = default)
    {
        if (!await IsCountyAsync(countyId, ct))
        {
            return EntryResult.Missing;
        }

        RecordTag? tag = null;
        if (draft.Id is { } id && (tag = await db.RecordTags.SingleOrDefaultAsync(t => t.Id == id && t.OrganizationId == countyId, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var errors = Common(draft.Code, draft.Name, draft.Unit);
        var code = draft.Code?.Trim() ?? "";
        if (!Enum.IsDefined(draft.Family))
        {
            errors["Family"] = "请选择记录类型";
        }
        else if (tag is not null && tag.Family != draft.Family)
        {
            // records already carry it: a tag stays in its family
            errors["Family"] = "已设置的类别不能改为其他记录类型";
        }
        else if (!errors.ContainsKey("Code") && await db.RecordTags.AnyAsync(t => t.OrganizationId == countyId && t.Family == draft.Family && t.Code == code && t.Id != (draft.Id ?? 0), ct))
        {
            errors["Code"] = $"本县{CategoryRules.FamilyNames[draft.Family]}中已有编码为“{code}”的类别";
        }

        await CheckParentAsync(countyId, draft, errors, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (tag is null)
        {
            tag = new RecordTag { OrganizationId = countyId, Code = code, Name = "", Unit = "" };
            db.RecordTags.Add(tag);
        }
        else
        {
            db.Entry(tag).Property(t => t.Version).OriginalValue = draft.Version;
        }

        tag.Family = draft.Family;
        tag.ParentId = draft.ParentId;
        tag.Code = code;
        tag.Name = draft.Name!.Trim();
        tag.Unit = draft.Unit!.Trim();
        return await SaveAsync(tag, t => t.Id);
    }

    public async Task<EntryResult> SaveWorkCategoryAsync(int countyId, WorkCategoryDraft draft, CancellationToken ct = default)
    {
        if (!await IsCountyAsync(countyId, ct))
        {
            return EntryResult.Missing;
        }

        WorkCategory? category = null;
        if (draft.Id is { } id && (category = await db.WorkCategories.SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == countyId, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var errors = Common(draft.Code, draft.Name, draft.Unit);
        var code = draft.Code?.Trim() ?? "";
        if (!errors.ContainsKey("Code") && await db.WorkCategories.AnyAsync(c => c.OrganizationId == countyId && c.Code == code && c.Id != (draft.Id ?? 0), ct))
        {
            errors["Code"] = $"本县已有编码为“{code}”的工作记录类别";
        }

        if ((draft.QuantityMeaning?.Trim().Length ?? 0) > CategoryRules.MeaningMax)
        {
            errors["QuantityMeaning"] = $"数量含义不能超过{CategoryRules.MeaningMax}个字";
        }

        if ((draft.ParticipantUnit?.Trim().Length ?? 0) > CategoryRules.UnitMax)
        {
            errors["ParticipantUnit"] = $"参加人数单位不能超过{CategoryRules.UnitMax}个字";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var unit = draft.Unit!.Trim();
        if (category is null)
        {
            var sort = await db.WorkCategories.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
            category = new WorkCategory { OrganizationId = countyId, Code = code, Name = "", Unit = "", QuantityMeaning = "", SortOrder = sort + 1 };
            db.WorkCategories.Add(category);
        }
        else
        {
            db.Entry(category).Property(c => c.Version).OriginalValue = draft.Version;
        }

        category.Code = code;
        category.Name = draft.Name!.Trim();
        category.Unit = unit;
        category.QuantityMeaning = string.IsNullOrWhiteSpace(draft.QuantityMeaning) ? unit : draft.QuantityMeaning.Trim();
        category.ParticipantUnit = string.IsNullOrWhiteSpace(draft.ParticipantUnit) ? null : draft.ParticipantUnit.Trim();
        return await SaveAsync(category, c => c.Id);
    }

    private async Task<bool> IsCountyAsync(int countyId, CancellationToken ct) =>
        await db.Organizations.AnyAsync(o => o.Id == countyId && o.Level == OrgLevel.CountyCommittee, ct);

    private static Dictionary<string, string> Common(string? code, string? name, string? unit)
    {
        var errors = new Dictionary<string, string>();
        var c = code?.Trim() ?? "";
        if (c.Length == 0)
        {
            errors["Code"] = "请填写编码";
        }
        else if (c.Length > CategoryRules.CodeMax || !CategoryRules.CodePattern().IsMatch(c))
        {
            errors["Code"] = $"编码只能由小写英文字母、数字和横线组成，不超过{CategoryRules.CodeMax}个字符";
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors["Name"] = "请填写名称";
        }
        else if (name.Trim().Length > CategoryRules.NameMax)
        {
            errors["Name"] = $"名称不能超过{CategoryRules.NameMax}个字";
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            errors["Unit"] = "请填写单位（如次、场次、期、批次、件）";
        }
        else if (unit.Trim().Length > CategoryRules.UnitMax)
        {
            errors["Unit"] = $"单位不能超过{CategoryRules.UnitMax}个字";
        }

        return errors;
    }

    private async Task CheckParentAsync(int countyId, TagDraft draft, Dictionary<string, string> errors, CancellationToken ct)
    {
        if (draft.ParentId is not { } parentId)
        {
            return;
        }

        var parent = await db.RecordTags.AsNoTracking().SingleOrDefaultAsync(t => t.Id == parentId && t.OrganizationId == countyId, ct);
        if (parent is null || parent.Family != draft.Family || parent.Id == draft.Id)
        {
            errors["ParentId"] = "上级类别应是本县同一记录类型的另一个类别";
        }
        else if (parent.ParentId is not null)
        {
            errors["ParentId"] = "只能设两级：所选上级本身已是子类别";
        }
        else if (draft.Id is { } id && await db.RecordTags.AnyAsync(t => t.ParentId == id, ct))
        {
            errors["ParentId"] = "该类别已有子类别，不能再设上级";
        }
    }

    private async Task<EntryResult> SaveAsync<T>(T row, Func<T, int> id)
    {
        try
        {
            await db.SaveChangesAsync();
            return EntryResult.Saved(id(row));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EntryResult.Refused("", Conflict);
        }
        catch (DbUpdateException)
        {
            // another editor added the same code meanwhile (the unique index)
            db.ChangeTracker.Clear();
            return EntryResult.Refused("Code", "该编码刚被其他人使用，请换一个编码");
        }
    }
}
