using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;

namespace Dangjian.Web.Pages.Loop.Notices;

/// <summary>The notice form; checked by <see cref="NoticeEntry"/> (field names match <see cref="NoticeDraft"/>).</summary>
public sealed class NoticeForm
{
    public string? Title { get; set; } = "整改通知书";
    public string? DocumentNumber { get; set; }
    public DateOnly? SentOn { get; set; }
    public string? Items { get; set; }
    public List<int> RecipientIds { get; set; } = [];
    public int Version { get; set; }

    public NoticeDraft ToDraft() => new()
    {
        Title = Title, DocumentNumber = DocumentNumber, SentOn = SentOn, Items = Items, RecipientIds = RecipientIds, Version = Version,
    };

    public static NoticeForm From(RectificationNotice n) => new()
    {
        Title = n.Title, DocumentNumber = n.DocumentNumber, SentOn = n.SentOn, Items = n.Items,
        RecipientIds = n.Recipients.Select(r => r.OrganizationId).ToList(), Version = n.Version,
    };
}
