using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Audit;

public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditSearch Search { get; set; } = new();

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Total => Pager.Total;

    /// <param name="number">?page=N (the name "page" is the route's own value in Razor Pages, hence FromQuery).</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? number)
    {
        var query = Search.Apply(db.AuditEntries.AsNoTracking()).OrderByDescending(e => e.Sequence);
        (Pager, Entries) = await Pager.PageAsync(query, number, "/Audit", Filters());
    }

    private Dictionary<string, string?> Filters() => new()
    {
        ["Search.User"] = Search.User, ["Search.From"] = Search.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Search.To"] = Search.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Search.Target"] = Search.Target, ["Search.Action"] = Search.Action?.ToString(),
    };

    /// <summary>The export of the same search.</summary>
    public string ExportLink => QueryHelpers.AddQueryString("/Audit/Export", Filters().Where(f => !string.IsNullOrEmpty(f.Value)));
}
