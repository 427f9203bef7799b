using Dangjian.Core.Data;
using Dangjian.Core.WorkRecords;

namespace Dangjian.Web.Pages.WorkRecords;

/// <summary>The categories a user may choose: the county's own, and the defaults whose code the county did not redefine.</summary>
public static class WorkCategoryChoices
{
    public static Task<IReadOnlyList<WorkCategory>> VisibleAsync(AppDbContext db) => VisibleCategories.LoadAsync(db);
}
