using Dangjian.Core.Data;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

/// <summary>整改事项: a problem one organization must fix by a deadline; only the raising organization signs it off (销号).</summary>
public class RectificationItem : IVersioned
{
    public int Id { get; set; }

    /// <summary>The organization that must rectify.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>The organization that raised the item and alone may sign it off (the level above the owner).</summary>
    public int RaisedById { get; set; }
    public Organization? RaisedBy { get; set; }

    public RectificationSource Source { get; set; }
    public int? FindingId { get; set; }
    public Finding? Finding { get; set; }

    public required string Problem { get; set; }
    public string? Measures { get; set; }
    public string? Evidence { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly Deadline { get; set; }
    public RectificationStatus Status { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? SignedOffOn { get; set; }
    public List<RectificationStatusChange> Changes { get; set; } = [];

    /// <summary>Files of 整改佐证材料 (photos, scans) besides the text of <see cref="Evidence"/>.</summary>
    public List<RectificationAttachment> Attachments { get; set; } = [];
    public int Version { get; set; }

    /// <summary>Closed on time: signed off no later than the deadline.</summary>
    public bool ClosedOnTime => SignedOffOn is { } on && on <= Deadline;
}
