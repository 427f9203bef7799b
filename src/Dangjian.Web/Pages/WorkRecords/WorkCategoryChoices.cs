using Dangjian.Core.Data;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.WorkRecords;

/// <summary>The categories a user may choose: the county's own, and the defaults whose code the county did not redefine.</summary>
public static class WorkCategoryChoices
{
    public static async Task<IReadOnlyList<WorkCategory>> VisibleAsync(AppDbContext db)
    {
        var all = await db.WorkCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        var countyCodes = all.Where(c => c.OrganizationId is not null).Select(c => c.Code).ToHashSet();
        return all.Where(c => c.OrganizationId is not null || !countyCodes.Contains(c.Code)).ToList();
    }
}
