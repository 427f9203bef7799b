using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Responsibility;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop.Tasks;

/// <summary>Publishes an annual list: every item is assigned to every chosen organization, due at the end of its month.</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, TimeProvider time) : PageModel
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
        var (items, error) = Form.Parse();
        if (error is not null)
        {
            ModelState.AddModelError("Form.Items", error);
        }

        if (Form.Receivers.Count == 0 || Form.Receivers.Any(id => Organizations.All(o => o.Id != id)))
        {
            ModelState.AddModelError("Form.Receivers", "请选择本级以下的承担单位");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var receivers = Form.Receivers.Distinct().ToList();
        db.KeyTaskLists.Add(new KeyTaskList
        {
            OrganizationId = User.OrganizationId(), Year = Form.Year, Title = Form.Title.Trim(),
            Tasks = items.Select(i => new KeyTask
            {
                Month = i.Month, Title = i.Title, DueOn = new DateOnly(Form.Year, i.Month, 1).AddMonths(1).AddDays(-1),
                Assignments = receivers.Select(r => new KeyTaskAssignment { OrganizationId = r }).ToList(),
            }).ToList(),
        });
        await db.SaveChangesAsync();
        TempData["Message"] = $"已发布任务清单，{items.Count}项任务下达到{receivers.Count}个党组织。";
        return RedirectToPage("Index", new { year = Form.Year });
    }
}
