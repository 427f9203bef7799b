using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop.Tasks;

/// <summary>Publishes an annual list: every item is assigned to every chosen organization, due at the end of its month.</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, KeyTaskListEntry entry, TimeProvider time) : PageModel
{
    [BindProperty]
    public ListForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        var own = User.OrganizationId();
        Form.Year = time.Today().Year;
        Form.Receivers = Organizations.Where(o => o.ParentId == own).Select(o => o.Id).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        var draft = new KeyTaskListDraft(Form.Year, Form.Title, Form.Items, Form.Receivers);
        var own = User.OrganizationId();
        if (await FormSaves.SaveAsync(this, () => entry.CheckAsync(own, draft), () => entry.PublishAsync(own, draft)) is not { Succeeded: true })
        {
            return Page();
        }

        var items = KeyTaskListEntry.Parse(Form.Items).Items.Count;
        TempData["Message"] = $"已发布任务清单，{items}项任务下达到{Form.Receivers.Distinct().Count()}个党组织。";
        return RedirectToPage("Index", new { year = Form.Year });
    }
}
