using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>The contact-point form; the checks live in <see cref="ContactPointEntry"/>.</summary>
public sealed class ContactForm
{
    public int? OrganizationId { get; set; }
    public int? LeaderUserId { get; set; }
    public string? LeaderName { get; set; }
    public int? KindId { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public ContactPointDraft Draft => new(OrganizationId, LeaderUserId, LeaderName, KindId, StartedOn, EndedOn, Note, Version);

    public static ContactForm From(ContactPoint c) => new()
    {
        OrganizationId = c.OrganizationId, LeaderUserId = c.LeaderUserId, LeaderName = c.LeaderUserId is null ? c.LeaderName : null,
        KindId = c.KindId, StartedOn = c.StartedOn, EndedOn = c.EndedOn, Note = c.Note, Version = c.Version,
    };
}
