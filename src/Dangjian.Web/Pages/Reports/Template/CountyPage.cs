using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>What the county's category pages share: the county edited (the user's own county committee, else none).</summary>
public abstract class CountyPage(AppDbContext db) : PageModel
{
    /// <summary>Null when the user's organization is not a county committee.</summary>
    public Organization? County { get; private set; }

    protected AppDbContext Db => db;

    protected async Task LoadCountyAsync()
    {
        var own = await ReportPages.FindAsync(db, User.OrganizationId());
        County = own?.Level == OrgLevel.CountyCommittee ? own : null;
    }
}
