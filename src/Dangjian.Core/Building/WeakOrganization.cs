using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Building;

/// <summary>
/// A weak and lax organization (软弱涣散党组织) of one screening year: proposed from the records with its reasons,
/// confirmed by the township, rectified by measures, and finally declared converted (整顿转化).
/// </summary>
public class WeakOrganization : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }

    /// <summary>The reasons found, one per line.</summary>
    public string Reasons { get; set; } = "";
    public DateOnly ConfirmedOn { get; set; }
    public string? ConfirmedBy { get; set; }
    public string? Plan { get; set; }
    public DateOnly? ConvertedOn { get; set; }
    public string? ConversionNote { get; set; }
    public List<WeakOrganizationMeasure> Measures { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>
/// One measure of a rectification plan. Self-contained for now: to be unified with the generic rectification
/// items (整改事项) of the inspections feature.
/// </summary>
public class WeakOrganizationMeasure : IVersioned
{
    public int Id { get; set; }
    public int WeakOrganizationId { get; set; }
    public WeakOrganization? WeakOrganization { get; set; }
    public required string Text { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public DateOnly? DoneOn { get; set; }
    public int Version { get; set; }
}

/// <summary>A recorded satisfaction survey result of an organization for a year (群众满意度, in %).</summary>
public class SatisfactionRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }
    public double Percent { get; set; }
    public DateOnly SurveyedOn { get; set; }
}
