using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports;

/// <summary>One figure of a township's report: its definition, current value and the records behind it (traceability).</summary>
[Authorize(Policy = Policies.ViewReports)]
public class FigureModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    public Organization? Township { get; private set; }
    public IndicatorValue? Value { get; private set; }
    public IReadOnlyList<RecordRef> Records { get; private set; } = [];

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        var template = await ReportComposer.TemplateAsync(Township, db);
        var service = new IndicatorService(db, IndicatorCatalog.Builtin.With(template.Indicators ?? []), ReportPages.Today(clock));
        if (Indicator is null || service.Catalog.Find(Indicator) is null)
        {
            return Indicator is null ? Page() : NotFound();
        }

        Value = await service.ComputeAsync(Indicator, Township, SelectedYear);
        Records = await service.RecordsAsync(Indicator, Township, SelectedYear);
        return Page();
    }
}
