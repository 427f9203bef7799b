using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Contacts;

[Authorize(Policy = Policies.EditLoop)]
public class EditModel(AppDbContext db, ContactPointEntry entry) : ContactEditorModel(db, entry)
{
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Db.ContactPoints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id) is not { } row)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        (Id, Form) = (id, ContactForm.From(row));
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id)
    {
        Id = id;
        return SaveAsync(id);
    }
}
