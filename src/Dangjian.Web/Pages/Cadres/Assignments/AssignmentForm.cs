using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Web.Pages.Cadres.Assignments;

/// <summary>The assignment form; the checks live in <see cref="AssignmentEntry"/>.</summary>
public sealed class AssignmentForm
{
    public int? OrganizationId { get; set; }
    public AssignmentKind? Kind { get; set; }
    public string? PersonName { get; set; }
    public string? DispatchingUnit { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public int Version { get; set; }

    public AssignmentDraft Draft => new(OrganizationId, Kind, PersonName, DispatchingUnit, StartedOn, EndedOn, Version);

    public static AssignmentForm From(Assignment a) => new()
    {
        OrganizationId = a.OrganizationId, Kind = a.Kind, PersonName = a.PersonName, DispatchingUnit = a.DispatchingUnit,
        StartedOn = a.StartedOn, EndedOn = a.EndedOn, Version = a.Version,
    };
}
