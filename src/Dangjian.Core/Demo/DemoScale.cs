namespace Dangjian.Core.Demo;

/// <summary>How much fictional data to generate: the demo, or sizes for benchmarks.</summary>
public enum DemoScale
{
    /// <summary>The county committee and the one detailed township only (fast tests).</summary>
    Township,

    /// <summary>The demo county: the detailed township plus four lighter ones (start-up default).</summary>
    Demo,

    /// <summary>A full county: ≈15 townships, ≈300 branches, ≈12,000 members.</summary>
    County,

    /// <summary>Thirty full counties (≈360,000 members).</summary>
    Province,
}
