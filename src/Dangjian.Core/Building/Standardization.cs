using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Building;

/// <summary>A branch's standardization check (标准化规范化建设) for a year: self-check, then acceptance by the township.</summary>
public class StandardizationCheck : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }
    public DateOnly SelfCheckedOn { get; set; }

    /// <summary>Codes of the checklist items met, comma-separated (see <see cref="StandardChecklist"/>).</summary>
    public string ItemsMet { get; set; } = "";
    public string? SelfCheckNote { get; set; }

    /// <summary>Area of the activity venue (阵地) in m², and whether it meets the standard.</summary>
    public int? VenueArea { get; set; }
    public bool VenueMeetsStandard { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public bool? Accepted { get; set; }
    public string? AcceptanceNote { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> Met => ItemsMet.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

public enum TitleLevel { District, County, City, Province, National }

/// <summary>
/// A demonstration title (示范党支部, 样板党支部…) awarded to an organization: the title is one of the county's title names
/// (<see cref="HonourName"/> with <see cref="HonourTarget.Title"/>), which carries its unit.
/// </summary>
public class DemonstrationTitle
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public TitleLevel Level { get; set; }
    public int Year { get; set; }
    public int TitleNameId { get; set; }
    public HonourName? TitleName { get; set; }
}

/// <summary>A village's collective-economy income (村集体经济收入) for a year, in 万元.</summary>
public class CollectiveIncome : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }
    public double AmountWan { get; set; }
    public int Version { get; set; }
}
