using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Statistics;

/// <summary>
/// A figure a county wants every year from some of its organizations (人均可支配收入 元, 土地流转 亩…): defined by the county
/// committee as data, entered once a year per organization (<see cref="StatisticValue"/>) and read by the "statistics" indicators.
/// </summary>
public class YearlyStatistic : IVersioned
{
    public int Id { get; set; }

    /// <summary>The county committee that defined it.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>Stable code the indicators filter on, e.g. "income.per-capita"; unique within the county.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }

    /// <summary>Decimals a value may have and a report prints (0–4).</summary>
    public int Decimals { get; set; }

    /// <summary>Organization sectors that report it, comma-separated <see cref="OrgSector"/> names; empty: every sector.</summary>
    public string Sectors { get; set; } = "";

    /// <summary>Organization levels that report it, comma-separated <see cref="OrgLevel"/> names; empty: every level.</summary>
    public string Levels { get; set; } = "";

    /// <summary>What is counted and how, shown beside the entry grid.</summary>
    public string? Definition { get; set; }
    public int SortOrder { get; set; }

    /// <summary>No longer asked for; its values stay and can still be read.</summary>
    public bool IsRetired { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<OrgSector> SectorList => Split<OrgSector>(Sectors);
    public IReadOnlyList<OrgLevel> LevelList => Split<OrgLevel>(Levels);

    /// <summary>Whether <paramref name="organization"/> reports this statistic.</summary>
    public bool AppliesTo(Organization organization) =>
        (SectorList.Count == 0 || SectorList.Contains(organization.Sector)) && (LevelList.Count == 0 || LevelList.Contains(organization.Level));

    private static List<T> Split<T>(string names) where T : struct, Enum =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => Enum.TryParse<T>(n, out var v) ? (T?)v : null).OfType<T>()];
}

/// <summary>The value of one <see cref="YearlyStatistic"/> for one organization and year (one per organization, statistic and year).</summary>
public class StatisticValue : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int StatisticId { get; set; }
    public YearlyStatistic? Statistic { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
    public int Version { get; set; }
}
