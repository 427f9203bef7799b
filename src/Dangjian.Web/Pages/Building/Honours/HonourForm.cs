using Dangjian.Core.Building;
using Dangjian.Core.Building.Honours;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>The honour entry form; checked by <see cref="HonourEntry"/> (field names match <see cref="HonourDraft"/>).</summary>
public sealed class HonourForm
{
    public int? OrganizationId { get; set; }
    public int? HonourNameId { get; set; }
    public TitleLevel? Level { get; set; }
    public DateOnly? ConferredOn { get; set; }
    public int? MemberId { get; set; }
    public string? PersonName { get; set; }
    public string? ConferredBy { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public HonourDraft ToDraft() => new()
    {
        OrganizationId = OrganizationId, HonourNameId = HonourNameId, Level = Level, ConferredOn = ConferredOn, MemberId = MemberId,
        PersonName = PersonName, ConferredBy = ConferredBy, Note = Note, Version = Version,
    };

    public static HonourForm From(Honour h) => new()
    {
        OrganizationId = h.OrganizationId, HonourNameId = h.HonourNameId, Level = h.Level, ConferredOn = h.ConferredOn, MemberId = h.MemberId,
        PersonName = h.PersonName, ConferredBy = h.ConferredBy, Note = h.Note, Version = h.Version,
    };
}
