using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Assignments;

/// <summary>A person sent (选派) to an organization from outside it: 第一书记, 党建指导员, 驻村工作队, 专职村书记….</summary>
public class Assignment : IVersioned, IOrganizationRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public AssignmentKind Kind { get; set; }
    public required string PersonName { get; set; }

    /// <summary>派出单位, e.g. "县农业农村局".</summary>
    public required string DispatchingUnit { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public int Version { get; set; }
}

public enum AssignmentKind { FirstSecretary, Instructor, WorkTeam, FullTimeSecretary, FullTimeSecretaryReserve }
