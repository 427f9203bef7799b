using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Rectification;

namespace Dangjian.Core.Loop.Notices;

/// <summary>
/// A rectification notice as a document (整改通知书, 问题提示单…): sent on a date by an organization to one or more
/// organizations below it, listing what must be fixed. Reports count these in 张, apart from findings and items.
/// </summary>
public class RectificationNotice : IVersioned
{
    public int Id { get; set; }

    /// <summary>The organization that sent it.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>The kind of document as the county calls it: "整改通知书", "问题提示单".</summary>
    public required string Title { get; set; }

    /// <summary>文号, optional.</summary>
    public string? DocumentNumber { get; set; }
    public DateOnly SentOn { get; set; }

    /// <summary>The problems and requirements listed, one per line.</summary>
    public required string Items { get; set; }
    public List<RectificationNoticeRecipient> Recipients { get; set; } = [];
    public DateTime EnteredAtUtc { get; set; }
    public required string EnteredBy { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> ItemLines => Items.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>One organization a notice was sent to.</summary>
public class RectificationNoticeRecipient
{
    public int Id { get; set; }
    public int NoticeId { get; set; }
    public RectificationNotice? Notice { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
