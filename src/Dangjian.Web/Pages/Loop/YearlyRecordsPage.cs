using System.Globalization;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop;

/// <summary>
/// The shape shared by the loop's small records (talks, accountability, red/black list, commitments, service): a year's
/// list with a create form on the same page. Subclasses load the list and save one form; the post flow lives here.
/// </summary>
public abstract class YearlyRecordsPage<TForm> : PageModel where TForm : new()
{
    public int Year { get; protected set; }
    public bool CanCreate { get; protected set; }
    public IReadOnlyList<Organization> Organizations { get; protected set; } = [];
    public Pager Pager { get; private set; } = Pager.Of(1, 0, "", new Dictionary<string, string?>());

    /// <summary>?page=N of the list, set by the GET handler ("page" is Razor Pages' own route value, hence FromQuery there).</summary>
    protected int? RequestedPage { get; set; }

    [BindProperty]
    public TForm Form { get; set; } = new();

    protected abstract Task LoadAsync(int? year);

    /// <summary>Saves the form through its Core operation; returns its result, the confirmation to show and the year to return to.</summary>
    protected abstract Task<(EntryResult Result, string Message, int Year)> SaveAsync();

    /// <summary>The operation's own checks, also shown beside a form the binder refused (none for a record without any).</summary>
    protected virtual Task<Dictionary<string, string>> CheckAsync() => Task.FromResult(new Dictionary<string, string>());

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync(null);
        if (!CanCreate)
        {
            return Forbid();
        }

        (string Message, int Year) done = default;
        var result = await FormSaves.SaveAsync(this, CheckAsync, async () =>
        {
            var (saved, message, year) = await SaveAsync();
            done = (message, year);
            return saved;
        });
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = done.Message;
        return RedirectToPage("Index", new { year = done.Year });
    }

    /// <summary>The requested page of the year's ordered list; the page links keep the year.</summary>
    protected async Task<List<T>> PageAsync<T>(IQueryable<T> ordered)
    {
        (Pager, var rows) = await Pager.PageAsync(ordered, RequestedPage, Request.Path, new Dictionary<string, string?> { ["year"] = Year.ToString(CultureInfo.InvariantCulture) });
        return rows;
    }
}
