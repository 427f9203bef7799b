using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Data;

namespace Dangjian.Core.Loop.Accountability;

/// <summary>问责: a decision holding a person accountable (e.g. 通报批评, 诫勉谈话, 党纪处分).</summary>
public class AccountabilityCase : IOrganizationRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public DateOnly DecidedOn { get; set; }
    public required string PersonName { get; set; }
    public required string Measure { get; set; }
    public required string Reason { get; set; }
}
