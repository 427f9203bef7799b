using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Reports.Highlights;

/// <summary>
/// A township's campaign name (“四抓两整治”) or slogan (“基层党建质量提升年”) of a year, printed by the report template's
/// {campaigns} and {slogans} placeholders in the order of <see cref="Position"/>.
/// </summary>
public class Campaign : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }
    public CampaignKind Kind { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public int Version { get; set; }
}

public enum CampaignKind { Campaign, Slogan }
