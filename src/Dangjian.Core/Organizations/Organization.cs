using Dangjian.Core.Data;

namespace Dangjian.Core.Organizations;

/// <summary>A party organization: county committee, township committee, or a primary organization below it.</summary>
public class Organization : IVersioned
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public Organization? Parent { get; set; }

    /// <summary>Materialized path of ids, "/1/5/23/": a subtree is every row whose path starts with its root's.</summary>
    public string Path { get; set; } = "/";
    public int Depth { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The county's own code for the organization (e.g. from the national member-management system); imports match on it.</summary>
    public string? Code { get; set; }

    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public OrgLevel Level { get; set; }
    public OrgSector Sector { get; set; }
    public DateOnly? FoundedOn { get; set; }

    public string? SecretaryName { get; set; }
    public string? LiaisonLeaderName { get; set; }
    public DateOnly? CommitteeTermStart { get; set; }
    public DateOnly? CommitteeTermEnd { get; set; }

    public bool IsActive { get; set; } = true;
    public DateOnly? DeactivatedOn { get; set; }
    public string? DeactivationReason { get; set; }

    public int Version { get; set; }

    public bool IsAncestorOf(Organization other) => other.Path.StartsWith(Path, StringComparison.Ordinal) && other.Id != Id;
}
