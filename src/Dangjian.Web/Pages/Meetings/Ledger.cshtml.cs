using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings.Ledger;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>
/// The 三会一课 台账 of one organization and year as .docx (公文 layout), for inspections that still want paper. It names
/// members who were absent, so it is an export: POST with antiforgery, written to the audit log. An organization outside
/// the user's scope is not found through the scoped context (404).
/// </summary>
public class LedgerModel(AppDbContext db, MeetingLedgerExport export, TimeProvider clock) : PageModel
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public Organization Org { get; private set; } = null!;
    public int FirstYear => LedgerYear.First;
    public int LastYear => clock.Today().Year;

    public async Task<IActionResult> OnGetAsync(string? org)
    {
        if (await FindAsync(org) is not { } found)
        {
            return NotFound();
        }

        Org = found;
        if (Year is null)
        {
            Year = LastYear.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Check();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? org)
    {
        if (await FindAsync(org) is not { } found)
        {
            return NotFound();
        }

        Org = found;
        if (Check() is not { } year)
        {
            return Page();
        }

        var ledger = await export.ExportAsync(found, year, HttpContext.RequestAborted);
        return File(MeetingLedgerDocx.ToBytes(ledger), Docx, MeetingLedgerDocx.Title(ledger) + ".docx");
    }

    /// <summary>The organization asked for (an unparsable id is not found), else the user's own.</summary>
    private Task<Organization?> FindAsync(string? org) =>
        org is null ? OrgChoice.ResolveAsync(db, null, User)
        : int.TryParse(org, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? OrgChoice.ResolveAsync(db, id, User)
        : Task.FromResult<Organization?>(null);

    private int? Check()
    {
        var (year, error) = LedgerYear.Parse(Year, LastYear);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Year), error);
        }

        return year;
    }
}
