using Dangjian.Core.Cadres;
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
public class CreateModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public TermForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Townships { get; private set; } = [];

    public async Task OnGetAsync() => Townships = await TownshipsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Townships = await TownshipsAsync();
        if (Form.OrganizationId is { } id && Townships.All(t => t.Id != id))
        {
            ModelState.AddModelError("Form.OrganizationId", "请选择乡镇");
        }
        else if (Form.Name?.Trim() is { Length: > 0 } name && await db.ElectionTerms.AnyAsync(t => t.OrganizationId == Form.OrganizationId && t.Name == name))
        {
            ModelState.AddModelError("Form.Name", "该乡镇已有同名届次");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var term = new ElectionTerm { OrganizationId = Form.OrganizationId!.Value, Name = Form.Name!.Trim(), ElectedOn = Form.ElectedOn!.Value };
        db.ElectionTerms.Add(term);
        await db.SaveChangesAsync();
        TempData["Message"] = $"已新增换届届次“{term.Name}”。";
        return RedirectToPage("/Cadres/Index", new { term = term.Id });
    }

    private async Task<IReadOnlyList<Organization>> TownshipsAsync() =>
        await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Path).ToListAsync();
}
