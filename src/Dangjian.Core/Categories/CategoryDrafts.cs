namespace Dangjian.Core.Categories;

/// <summary>A county tag as entered (new when <see cref="Id"/> is null; <see cref="Version"/> is the one the editor started from).</summary>
public sealed record TagDraft(int? Id, int Version, RecordFamily Family, int? ParentId, string? Code, string? Name, string? Unit);

/// <summary>A county work category as entered; a code of a built-in category replaces it in the county's entry forms.</summary>
public sealed record WorkCategoryDraft(int? Id, int Version, string? Code, string? Name, string? Unit, string? QuantityMeaning, string? ParticipantUnit);

/// <summary>The outcome of a save: the row's id, or "not found" (not the county's), or Chinese messages keyed by field ("" for the form).</summary>
public sealed record CategoryResult(int? Id, bool NotFound, IReadOnlyDictionary<string, string> Errors)
{
    public const string Conflict = "保存失败：该类别刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    public bool Succeeded => Id is not null && !NotFound && Errors.Count == 0;

    public static CategoryResult Missing => new(null, true, new Dictionary<string, string>());

    public static CategoryResult Failed(Dictionary<string, string> errors) => new(null, false, errors);
}
