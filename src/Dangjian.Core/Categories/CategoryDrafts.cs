namespace Dangjian.Core.Categories;

/// <summary>A county tag as entered (new when <see cref="Id"/> is null; <see cref="Version"/> is the one the editor started from).</summary>
public sealed record TagDraft(int? Id, int Version, RecordFamily Family, int? ParentId, string? Code, string? Name, string? Unit);

/// <summary>A county work category as entered; a code of a built-in category replaces it in the county's entry forms.</summary>
public sealed record WorkCategoryDraft(int? Id, int Version, string? Code, string? Name, string? Unit, string? QuantityMeaning, string? ParticipantUnit);
