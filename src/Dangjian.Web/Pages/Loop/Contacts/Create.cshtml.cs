using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>Records a leader's contact point from the date it began (any past year).</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, ContactPointEntry entry, TimeProvider clock) : ContactEditorModel(db, entry)
{
    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        Form = new ContactForm { StartedOn = clock.Today() };
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(null);
}
