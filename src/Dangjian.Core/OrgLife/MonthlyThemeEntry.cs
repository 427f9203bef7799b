using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife;

/// <summary>
/// A township publishes its theme for one month's 主题党日: one per month, so publishing again replaces the title and notes.
/// The township is looked up through the scoped context (outside the user's scope: not found); below a township: refused.
/// </summary>
public sealed class MonthlyThemeEntry(AppDbContext db) : IOperation
{
    public async Task<EntryResult> PublishAsync(int townshipId, int year, int month, string title, string? notes, CancellationToken ct = default)
    {
        var township = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == townshipId, ct);
        if (township is null)
        {
            return EntryResult.Missing;
        }

        if (township.Level != OrgLevel.TownshipCommittee)
        {
            return EntryResult.Refused("", "只有乡镇党委可以发布月度主题。");
        }

        var theme = await db.MonthlyThemes.FirstOrDefaultAsync(t => t.OrganizationId == townshipId && t.Year == year && t.Month == month, ct);
        if (theme is null)
        {
            theme = new MonthlyTheme { OrganizationId = townshipId, Year = year, Month = month, Title = "" };
            db.MonthlyThemes.Add(theme);
        }

        (theme.Title, theme.Notes) = (title.Trim(), notes?.Trim());
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(theme.Id);
    }
}
