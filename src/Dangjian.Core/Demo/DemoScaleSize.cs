namespace Dangjian.Core.Demo;

/// <summary>The generator's sizes for load and query tests (not the demo: see <see cref="DemoScale"/>).</summary>
public enum DemoScaleSize
{
    /// <summary>One county: 20 townships, ≈15,000 members, 5 years of meetings.</summary>
    County,

    /// <summary>Ten such counties (≈150,000 members), 5 years.</summary>
    Counties10,

    /// <summary>The province sample: ten counties (≈1/10 of a 100-county province) with 12 years of meetings (≈30M attendance rows); PostgreSQL only.</summary>
    Province,
}

/// <summary>How many counties, townships per county, villages per township and years of meetings to generate.</summary>
public sealed record DemoScaleShape(int Counties, int Townships, int Villages, int Years, bool PostgreSqlOnly = false)
{
    public static DemoScaleShape Of(DemoScaleSize size) => size switch
    {
        DemoScaleSize.County => new(1, 20, 20, 5),
        DemoScaleSize.Counties10 => new(10, 20, 20, 5),
        _ => new(10, 20, 20, 12, PostgreSqlOnly: true),
    };

    /// <summary>The size named on the command line (county, counties10, province), or null.</summary>
    public static DemoScaleSize? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "county" => DemoScaleSize.County,
        "counties10" => DemoScaleSize.Counties10,
        "province" => DemoScaleSize.Province,
        _ => null,
    };
}
