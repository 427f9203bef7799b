using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>What the create and edit pages share: the choices (organizations, the county's names, the organization's members) and the save.</summary>
public abstract class HonourEditorModel(AppDbContext db, HonourNames names, HonourEntry entry) : PageModel
{
    [BindProperty]
    public HonourForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    public IReadOnlyList<HonourName> Names { get; private set; } = [];

    /// <summary>Active members of the chosen organization, to link an individual honour to its member record.</summary>
    public IReadOnlyList<Member> Members { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Orgs = await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).ToListAsync();
        Names = await names.HonoursAsync();
        var org = Form.OrganizationId;
        Members = org is null ? [] : await db.Members.AsNoTracking().Where(m => m.OrganizationId == org && m.State == MemberState.Active)
            .OrderBy(m => m.NamePinyin).Take(500).ToListAsync();
    }

    /// <summary>Saves through <see cref="HonourEntry"/>: 404 outside the scope, the form again with its messages, or the year's list.</summary>
    protected async Task<IActionResult> SaveAsync(int? id, string saved)
    {
        var result = await entry.SaveAsync(id, Form.ToDraft(), User.Name());
        if (result.NotFound)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        if (!result.Succeeded)
        {
            // the operation checks every field: a value the binder could not read is one not given
            ModelState.Clear();
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = saved;
        return RedirectToPage("Index", new { year = Form.ConferredOn!.Value.Year });
    }
}
