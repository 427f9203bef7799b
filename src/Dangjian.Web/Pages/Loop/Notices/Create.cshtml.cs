using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Notices;

/// <summary>Records a notice the user's organization sent, on the date it was sent (any past year).</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, NoticeEntry entry, TimeProvider clock) : NoticeEditorModel(entry)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (await IssuerAsync() is not { } issuer)
        {
            return NotFound();
        }

        Form.SentOn = clock.Today();
        await LoadChoicesAsync(issuer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await IssuerAsync() is not { } issuer)
        {
            return NotFound();
        }

        var result = await Entry.CreateAsync(issuer, Form.ToDraft(), User.Name());
        await LoadChoicesAsync(issuer);
        if (!result.Succeeded)
        {
            return Refused(result.Errors);
        }

        var saved = await db.RectificationNotices.AsNoTracking().Where(n => n.Id == result.Id).Select(n => new { n.Title, n.SentOn }).SingleAsync();
        TempData["Message"] = $"已登记{saved.Title}。";
        return RedirectToPage("Index", new { year = saved.SentOn.Year });
    }

    private Task<Organization?> IssuerAsync()
    {
        var own = User.OrganizationId();
        return db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == own && o.IsActive);
    }
}
