using Dangjian.Core.Data;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Inspections;

public class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Organization, InspectionKind Kind, int Round, string Title, DateOnly StartedOn, string Inspectors, int Targets, int Findings);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Year { get; private set; }

    /// <summary>The year's 轮次 (organization and round), 督查党组织个次 and findings, over all pages.</summary>
    public (int Rounds, int Targets, int Findings) Totals { get; private set; }
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        Year = year ?? time.Today().Year;
        var inYear = db.Inspections.AsNoTracking().Where(i => i.Year == Year);
        Totals = (await inYear.Select(i => new { i.OrganizationId, i.Round }).Distinct().CountAsync(),
            await inYear.SumAsync(i => i.Targets.Count), await inYear.SumAsync(i => i.Findings.Count));
        (Pager, Rows) = await Pager.PageAsync(db.Inspections.AsNoTracking().Where(i => i.Year == Year).OrderBy(i => i.StartedOn).ThenBy(i => i.Id)
            .Select(i => new Row(i.Id, i.Organization!.Name, i.Kind, i.Round, i.Title, i.StartedOn, i.Inspectors, i.Targets.Count, i.Findings.Count)),
            number, "/Loop/Inspections", new Dictionary<string, string?> { ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }
}
