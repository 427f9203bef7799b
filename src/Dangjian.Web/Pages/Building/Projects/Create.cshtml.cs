using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Building.Projects;

[Authorize(Policy = Policies.EditBuilding)]
public class CreateModel(AppDbContext db, ProjectEntry entry, TimeProvider clock) : ProjectEditorModel(db, entry)
{
    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        Form = new ProjectForm { StartedOn = clock.Today(), Status = ProjectStatus.UnderWay };
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(null);
}
