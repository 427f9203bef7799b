using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Categories;

/// <summary>The tags of one family a user may choose on an entry form: those of the county above (the scope filter decides), categories before their sub-categories.</summary>
public static class VisibleTags
{
    public static async Task<IReadOnlyList<RecordTag>> LoadAsync(AppDbContext db, RecordFamily family, CancellationToken ct = default)
    {
        var tags = await db.RecordTags.AsNoTracking().Include(t => t.Parent).Where(t => t.Family == family).ToListAsync(ct);
        return tags.OrderBy(t => t.Parent?.SortOrder ?? t.SortOrder).ThenBy(t => t.ParentId ?? t.Id).ThenBy(t => t.ParentId is null ? 0 : 1)
            .ThenBy(t => t.SortOrder).ThenBy(t => t.Id).ToList();
    }

    /// <summary>Whether the chosen tag (if any) is one of these; the message to show beside the field otherwise.</summary>
    public static string? Check(int? tagId, IReadOnlyList<RecordTag> visible) =>
        tagId is { } id && visible.All(t => t.Id != id) ? "请选择本县设置的类别" : null;
}
