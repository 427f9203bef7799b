using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>Records an honour conferred on an organization or a person, on the date it was conferred (any past year).</summary>
[Authorize(Policy = Policies.EditBuilding)]
public class CreateModel(AppDbContext db, HonourNames names, HonourEntry entry, TimeProvider clock) : HonourEditorModel(db, names, entry)
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

    public Task<IActionResult> OnPostAsync() => SaveAsync(null, "已登记表彰。");
}
