using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Tasks;

/// <summary>Key tasks as the receivers carry them out; overdue ones are shown to every level above (scope filters).</summary>
public class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Organization, string List, int Month, string Title, DateOnly DueOn, DateOnly? CompletedOn, string? Progress);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Year { get; private set; }
    public (int Completed, int Overdue) Totals { get; private set; }
    public int? Month { get; private set; }
    public bool OverdueOnly { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanPublish { get; private set; }
    public bool CanReport { get; private set; }

    public async Task OnGetAsync(int? year, int? month, [FromQuery(Name = "page")] int? number, bool overdue = false)
    {
        Today = time.Today();
        Year = year ?? Today.Year;
        Month = month is >= 1 and <= 12 ? month : null;
        OverdueOnly = overdue;
        var rows = db.KeyTaskAssignments.AsNoTracking().Where(a => a.Task!.List!.Year == Year);
        if (Month is { } m)
        {
            rows = rows.Where(a => a.Task!.Month == m);
        }

        if (OverdueOnly)
        {
            rows = rows.Where(a => a.CompletedOn == null && a.Task!.DueOn < Today);
        }

        Totals = (await rows.CountAsync(a => a.CompletedOn != null), await rows.CountAsync(a => a.CompletedOn == null && a.Task!.DueOn < Today));
        var filters = new Dictionary<string, string?>
        {
            ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["month"] = Month?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["overdue"] = OverdueOnly ? "true" : null,
        };
        (Pager, Rows) = await Pager.PageAsync(rows.OrderBy(a => a.Task!.Month).ThenBy(a => a.Task!.Id).ThenBy(a => a.Organization!.Path).ThenBy(a => a.Id)
            .Select(a => new Row(a.Id, a.Organization!.Name, a.Task!.List!.Title, a.Task.Month, a.Task.Title, a.Task.DueOn, a.CompletedOn, a.Progress)),
            number, "/Loop/Tasks", filters);
        CanPublish = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        CanReport = (await authorization.AuthorizeAsync(User, Policies.ReportLoop)).Succeeded;
    }
}
