using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.WorkRecords;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>The county's work categories (with the built-in ones) and its own categories and sub-categories of each record family.</summary>
[Authorize(Policy = Policies.EditReportTemplate)]
public class CategoriesModel(AppDbContext db) : CountyPage(db)
{
    public IReadOnlyList<WorkCategory> WorkCategories { get; private set; } = [];
    public IReadOnlyDictionary<RecordFamily, IReadOnlyList<RecordTag>> Tags { get; private set; } = new Dictionary<RecordFamily, IReadOnlyList<RecordTag>>();

    public async Task OnGetAsync()
    {
        await LoadCountyAsync();
        if (County is null)
        {
            return;
        }

        WorkCategories = await Db.WorkCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        var tags = new Dictionary<RecordFamily, IReadOnlyList<RecordTag>>();
        foreach (var family in Enum.GetValues<RecordFamily>())
        {
            tags[family] = await VisibleTags.LoadAsync(Db, family);
        }

        Tags = tags;
    }
}
