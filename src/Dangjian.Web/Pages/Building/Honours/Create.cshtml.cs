using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>Records an honour conferred on an organization or a person, on the date it was conferred (any past year).</summary>
[Authorize(Policy = Policies.EditBuilding)]
public class CreateModel(AppDbContext db, HonourNames names, HonourEntry entry, TimeProvider clock) : HonourEditorModel(db, names)
{
    public async Task<IActionResult> OnGetAsync(int? org)
    {
        Form.OrganizationId = org ?? User.OrganizationId();
        Form.ConferredOn = clock.Today();
        await LoadChoicesAsync();
        if (org is { } asked && Orgs.All(o => o.Id != asked))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await entry.CreateAsync(Form.ToDraft(), User.Name());
        await LoadChoicesAsync();
        if (!result.Succeeded)
        {
            return Refused(result.Errors);
        }

        TempData["Message"] = "已登记表彰。";
        return RedirectToPage("Index", new { year = result.Saved!.ConferredOn.Year });
    }
}
