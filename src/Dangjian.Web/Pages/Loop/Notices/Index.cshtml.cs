using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Notices;

/// <summary>Rectification notices sent in a year by organizations in scope, counted in 张.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, DateOnly SentOn, string Title, string? Number, string Issuer, IReadOnlyList<string> Recipients, int Items);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        var notices = await db.RectificationNotices.AsNoTracking().Where(n => n.SentOn >= from && n.SentOn <= to)
            .OrderBy(n => n.SentOn).ThenBy(n => n.Id).Take(500)
            .Select(n => new { n.Id, n.SentOn, n.Title, n.DocumentNumber, Issuer = n.Organization!.Name, n.Items,
                Recipients = n.Recipients.OrderBy(r => r.Organization!.Path).Select(r => r.Organization!.Name).ToList() })
            .ToListAsync();
        Rows = notices.Select(n => new Row(n.Id, n.SentOn, n.Title, n.DocumentNumber, n.Issuer, n.Recipients,
            n.Items.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length)).ToList();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }
}
