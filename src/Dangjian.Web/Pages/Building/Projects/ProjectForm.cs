using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Web.Pages.Building.Projects;

/// <summary>The project form; the checks live in <see cref="ProjectEntry"/>.</summary>
public sealed class ProjectForm
{
    public int? OrganizationId { get; set; }
    public string? Name { get; set; }
    public int? KindId { get; set; }
    public DateOnly? StartedOn { get; set; }
    public ProjectStatus? Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Outcome { get; set; }
    public decimal? Amount { get; set; }
    public int Version { get; set; }

    public ProjectDraft Draft => new(OrganizationId, Name, KindId, StartedOn, Status, CompletedOn, Outcome, Amount, Version);

    public static ProjectForm From(Project p) => new()
    {
        OrganizationId = p.OrganizationId, Name = p.Name, KindId = p.KindId, StartedOn = p.StartedOn, Status = p.Status,
        CompletedOn = p.CompletedOn, Outcome = p.Outcome, Amount = p.Amount, Version = p.Version,
    };
}
