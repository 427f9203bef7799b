using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Cadres.Assignments;

/// <summary>Records an assignment (选派) of any year: the date it was made is the fact's date.</summary>
[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, AssignmentEntry entry, TimeProvider clock) : AssignmentEditorModel(db, entry)
{
    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        Form = new AssignmentForm { StartedOn = clock.Today(), Kind = AssignmentKind.FirstSecretary };
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(null);
}
