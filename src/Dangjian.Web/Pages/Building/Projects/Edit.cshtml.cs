using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Projects;

[Authorize(Policy = Policies.EditBuilding)]
public class EditModel(AppDbContext db, ProjectEntry entry) : ProjectEditorModel(db, entry)
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id) is not { } row)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        Form = ProjectForm.From(row);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) => SaveAsync(id);
}
