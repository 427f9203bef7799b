using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres.Terms;

/// <summary>Records a township's general election (换届), so its cadres can be entered against it.</summary>
[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, ElectionTermEntry entry) : PageModel
{
    [BindProperty]
    public TermForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Townships { get; private set; } = [];

    public async Task OnGetAsync() => Townships = await TownshipsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Townships = await TownshipsAsync();
        if (await this.SaveAsync(() => entry.CheckAsync(Form.Draft), () => entry.AddAsync(Form.Draft)) is not { Succeeded: true, Id: { } id })
        {
            return Page();
        }

        TempData["Message"] = $"已新增换届届次“{Form.Name!.Trim()}”。";
        return RedirectToPage("/Cadres/Index", new { term = id });
    }

    private async Task<IReadOnlyList<Organization>> TownshipsAsync() => await ElectionTermEntry.Townships(db).OrderBy(o => o.Path).ToListAsync();
}
