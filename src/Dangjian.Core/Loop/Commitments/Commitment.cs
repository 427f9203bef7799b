using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Service;

namespace Dangjian.Core.Loop.Commitments;

/// <summary>承诺事项: a public commitment of an organization, or of its secretary when <see cref="SecretaryName"/> is set.</summary>
public class Commitment : IVersioned, IOrganizationRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }

    /// <summary>Null for the organization's own commitment; the secretary's name for a 书记承诺.</summary>
    public string? SecretaryName { get; set; }
    public required string Content { get; set; }
    public DateOnly DueOn { get; set; }
    public string? Progress { get; set; }
    public DateOnly? FulfilledOn { get; set; }
    public int Version { get; set; }
}
