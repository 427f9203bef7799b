using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Audit;

public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditSearch Search { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var query = Search.Apply(db.AuditEntries.AsNoTracking());
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Entries = await query.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public string QueryString(int page) =>
        $"?Search.User={Uri.EscapeDataString(Search.User ?? "")}&Search.From={Search.From:yyyy-MM-dd}&Search.To={Search.To:yyyy-MM-dd}"
        + $"&Search.Target={Uri.EscapeDataString(Search.Target ?? "")}&Search.Action={Search.Action}&page={page}";
}
