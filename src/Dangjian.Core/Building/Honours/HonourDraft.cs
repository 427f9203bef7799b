using Dangjian.Core.Building;

namespace Dangjian.Core.Building.Honours;

/// <summary>What the entry form (or an import) gives for one honour.</summary>
public sealed record HonourDraft
{
    public int? OrganizationId { get; init; }
    public int? HonourNameId { get; init; }
    public TitleLevel? Level { get; init; }
    public DateOnly? ConferredOn { get; init; }
    public int? MemberId { get; init; }
    public string? PersonName { get; init; }
    public string? ConferredBy { get; init; }
    public string? Note { get; init; }
    public int Version { get; init; }
}
