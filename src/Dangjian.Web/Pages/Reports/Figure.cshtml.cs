using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Check;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
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

    /// <summary>Page of the records (50 a page).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public Organization? Township { get; private set; }
    public IndicatorValue? Value { get; private set; }
    public FigureRecords RecordPage { get; private set; } = new([], 1, "");

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        // the county's whole catalog: the report checker links figures matched to a county statistic or category here too
        var service = await CountyCatalog.IndicatorsAsync(db, Township, ReportPages.Today(clock));
        if (Indicator is null || service.Catalog.Find(Indicator) is null)
        {
            return Indicator is null ? Page() : NotFound();
        }

        Value = await service.ComputeAsync(Indicator, Township, SelectedYear);
        RecordPage = new(await service.RecordsAsync(Indicator, Township, SelectedYear), P,
            $"/Reports/Figure?org={Org}&year={SelectedYear}&indicator={Uri.EscapeDataString(Indicator)}&p=");
        return Page();
    }
}
