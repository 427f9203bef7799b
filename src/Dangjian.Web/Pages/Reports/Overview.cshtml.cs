using System.Globalization;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports;

/// <summary>
/// The townships side by side for a year (县委组织部; a township's own users see their own row), sorted by the query
/// string, every cell leading to its records; POST exports the same table as .xlsx, audited.
/// </summary>
public class OverviewModel(CountyOverview overview, TimeProvider clock, OverviewExport export) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"1": descending; anything else ascending (a text, so no value can fail binding).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Desc { get; set; }

    public int SelectedYear { get; private set; }
    public string? YearProblem { get; private set; }
    public OverviewTable? Table { get; private set; }

    public async Task OnGetAsync()
    {
        if (ReadYear())
        {
            Table = OverviewTable.Sorted("/Reports/Overview", SelectedYear, await overview.LoadAsync(SelectedYear, clock.Today(), HttpContext.RequestAborted), Sort, Desc == "1");
        }
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        if (!ReadYear())
        {
            return Page();
        }

        var table = OverviewTable.Sorted("/Reports/Overview", SelectedYear, await overview.LoadAsync(SelectedYear, clock.Today(), HttpContext.RequestAborted), Sort, Desc == "1");
        var file = await export.ExportAsync(SelectedYear, table.Rows, HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.Name);
    }

    /// <summary>The year asked for (this year when none); false with a message beside the field when it is not a year the records can have.</summary>
    private bool ReadYear()
    {
        var today = clock.Today();
        if (string.IsNullOrWhiteSpace(Year))
        {
            SelectedYear = today.Year;
            return true;
        }

        if (int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 2000 && y <= today.Year)
        {
            SelectedYear = y;
            return true;
        }

        SelectedYear = today.Year;
        YearProblem = $"请填写2000年至{today.Year}年之间的年份。";
        return false;
    }
}
