using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Bulletins;

/// <summary>督查通报 by year; a committee drafts a month's bulletin from its inspections and rectification status.</summary>
public class IndexModel(AppDbContext db, BulletinEntry entry, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Organization, int Month, string Title, string Issue, DateOnly? IssuedOn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int Year { get; private set; }
    public int Issued { get; private set; }
    public bool CanDraft { get; private set; }

    [BindProperty]
    public int DraftMonth { get; set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        Year = year ?? time.Today().Year;
        DraftMonth = time.Today().Month;
        var rows = db.Bulletins.AsNoTracking().Where(b => b.Year == Year)
            .OrderBy(b => b.Organization!.Path).ThenBy(b => b.Number == null).ThenBy(b => b.Number).ThenBy(b => b.Month).ThenBy(b => b.Id)
            .Select(b => new { b.Id, Org = b.Organization!.Name, b.Month, b.Title, b.Number, b.Year, b.IssuedOn });
        Issued = await db.Bulletins.CountAsync(b => b.Year == Year && b.IssuedOn != null);
        (Pager, var page) = await Pager.PageAsync(rows, number, "/Loop/Bulletins", new Dictionary<string, string?> { ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Rows = page.Select(b => new Row(b.Id, b.Org, b.Month, b.Title, b.Number is { } n ? $"{b.Year}年第{n}期" : "草稿", b.IssuedOn)).ToList();
        CanDraft = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }

    public async Task<IActionResult> OnPostDraftAsync(int year)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded)
        {
            return Forbid();
        }

        var result = await entry.DraftAsync(User.OrganizationId(), year, DraftMonth);
        if (!result.Succeeded)
        {
            return BadRequest();
        }

        TempData["Message"] = "已根据本月督查和整改情况生成通报草稿，请修改后印发。";
        return RedirectToPage("Edit", new { id = result.Id });
    }
}
