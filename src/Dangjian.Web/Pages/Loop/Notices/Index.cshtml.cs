using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Notices;

/// <summary>Rectification notices sent in a year by organizations in scope, counted in 张.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, DateOnly SentOn, string Title, string? Number, string Issuer, IReadOnlyList<string> Recipients, int Items);

    public int Year { get; private set; }

    /// <summary>The year's recipients (党组织次) and listed items, over all pages.</summary>
    public (int Recipients, int Items) Totals { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        var inYear = db.RectificationNotices.AsNoTracking().Where(n => n.SentOn >= from && n.SentOn <= to);
        Totals = (await inYear.SumAsync(n => n.Recipients.Count), (await inYear.Select(n => n.Items).ToListAsync()).Sum(ItemCount));
        (Pager, var notices) = await Pager.PageAsync(db.RectificationNotices.AsNoTracking().Where(n => n.SentOn >= from && n.SentOn <= to)
            .OrderBy(n => n.SentOn).ThenBy(n => n.Id)
            .Select(n => new { n.Id, n.SentOn, n.Title, n.DocumentNumber, Issuer = n.Organization!.Name, n.Items,
                Recipients = n.Recipients.OrderBy(r => r.Organization!.Path).Select(r => r.Organization!.Name).ToList() }),
            number, "/Loop/Notices", new Dictionary<string, string?> { ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Rows = notices.Select(n => new Row(n.Id, n.SentOn, n.Title, n.DocumentNumber, n.Issuer, n.Recipients,
            ItemCount(n.Items))).ToList();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }

    private static int ItemCount(string items) => items.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
}
