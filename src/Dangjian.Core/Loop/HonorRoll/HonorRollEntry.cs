using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.Talks;

namespace Dangjian.Core.Loop.HonorRoll;

public enum HonorRollColour
{
    /// <summary>红榜.</summary>
    Red,

    /// <summary>黑榜 (挂牌警示).</summary>
    Black,
}

/// <summary>An organization on the red or black list (红黑榜) for a period such as "2026年第二季度".</summary>
public class HonorRollEntry
{
    public int Id { get; set; }

    /// <summary>The organization listed.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public HonorRollColour Roll { get; set; }
    public int Year { get; set; }
    public required string Period { get; set; }
    public required string Reason { get; set; }
}
