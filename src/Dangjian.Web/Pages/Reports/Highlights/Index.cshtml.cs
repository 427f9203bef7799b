using Dangjian.Core.Data;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports.Highlights;

/// <summary>The year's highlights (亮点) the user may see, with the theme of 一、 each goes under.</summary>
public class IndexModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(Highlight Highlight, string Organization, string? Theme);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : clock.Today().Year;
        var (from, to) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        var rows = await db.Highlights.AsNoTracking().Where(h => h.HappenedOn >= from && h.HappenedOn <= to)
            .OrderBy(h => h.Organization!.Path).ThenBy(h => h.HappenedOn).ThenBy(h => h.Id).Take(1000)
            .Select(h => new { Highlight = h, h.Organization!.Name, h.OrganizationId }).ToListAsync();
        var themes = new Dictionary<int, Dictionary<string, string>>();
        var list = new List<Row>();
        foreach (var r in rows)
        {
            if (!themes.TryGetValue(r.OrganizationId, out var names))
            {
                var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == r.OrganizationId);
                names = ((await ReportComposer.TemplateAsync(organization, db)).Highlights ?? []).GroupBy(t => t.KeyOrTheme).ToDictionary(g => g.Key, g => g.First().Theme);
                themes[r.OrganizationId] = names;
            }

            list.Add(new(r.Highlight, r.Name, names.GetValueOrDefault(r.Highlight.ThemeKey)));
        }

        Rows = list;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditReports)).Succeeded;
    }
}
