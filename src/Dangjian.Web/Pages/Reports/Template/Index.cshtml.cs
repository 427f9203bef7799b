using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>
/// The report template in effect for the user's county (the default with the county's parts over it), tokens shown as
/// indicator names and units, each part marked as the county's or the default. The county edits; townships read.
/// </summary>
[Authorize(Policy = Policies.ViewReports)]
public class IndexModel(AppDbContext db, IAuthorizationService authorization, CountyTemplates templates) : PageModel
{
    public Organization? Own { get; private set; }
    public ReportTemplate Parts { get; private set; } = new();
    public ReportTemplate Effective => ReportTemplate.Default.With(Parts);
    public IndicatorCatalog Catalog => IndicatorCatalog.Builtin.With(Parts.Indicators ?? []);
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Own = await ReportPages.FindAsync(db, User.OrganizationId());
        if (Own is null)
        {
            return NotFound();
        }

        Parts = await templates.PartsForAsync(Own);
        CanEdit = Own.Level == OrgLevel.CountyCommittee && (await authorization.AuthorizeAsync(User, Policies.EditReportTemplate)).Succeeded;
        return Page();
    }

    /// <summary>"本县修改", "本县增加" or "默认" for the theme at this place.</summary>
    public string ThemeState(int index)
    {
        if (Parts.Highlights is null)
        {
            return "默认";
        }

        var byDefault = (ReportTemplate.Default.Highlights ?? []).ElementAtOrDefault(index);
        return byDefault is null ? "本县增加" : CountyTemplates.Same(Effective.Highlights![index], byDefault) ? "默认" : "本县修改";
    }

    public static string State(bool own) => own ? "本县设置" : "默认";
}
