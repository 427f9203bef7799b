using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres.Assignments;

/// <summary>Corrects an assignment or records its end; the version posted back guards against a concurrent change.</summary>
[Authorize(Policy = Policies.EditCadres)]
public class EditModel(AppDbContext db, AssignmentEntry entry) : AssignmentEditorModel(db, entry)
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Db.Assignments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id) is not { } row)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        Form = AssignmentForm.From(row);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) => SaveAsync(id);
}
