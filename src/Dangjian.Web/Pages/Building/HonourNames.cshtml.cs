using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Building;

/// <summary>
/// The county's own honour names (表彰名称), each for organizations or individuals, and its demonstration-title names (示范称号),
/// each with its unit: everyone in the county reads the list (the entry forms offer it); only the county organization
/// department adds, renames and retires.
/// </summary>
public class HonourNamesModel(AppDbContext db, HonourNames names, HonourNameEntry entry, IAuthorizationService authorization) : PageModel
{
    public sealed class NameForm
    {
        public int? Id { get; set; }
        public string? Name { get; set; }
        public HonourTarget? Target { get; set; }
        public string? Unit { get; set; }
        public bool Retired { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public NameForm Form { get; set; } = new();

    /// <summary>Null when the user's organization is not a county committee (only a county keeps the list).</summary>
    public Organization? County { get; private set; }
    public IReadOnlyList<HonourName> Names { get; private set; } = [];
    public bool CanEdit => County is not null;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        await LoadAsync();
        if (id is { } chosen)
        {
            if (Names.FirstOrDefault(n => n.Id == chosen && n.OrganizationId == County?.Id) is not { } row)
            {
                return NotFound();
            }

            Form = new NameForm { Id = row.Id, Name = row.Name, Target = row.Target, Unit = row.Unit, Retired = row.Retired, Version = row.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditHonourNames)).Succeeded)
        {
            return Forbid();
        }

        await LoadAsync();
        if (County is null)
        {
            ModelState.AddModelError(string.Empty, "只有县委（县委组织部）维护本县的表彰名称。");
            return Page();
        }

        ModelState.Clear();
        var result = await entry.SaveAsync(County, Form.Id, new HonourNameDraft(Form.Name, Form.Target, Form.Unit, Form.Retired, Form.Version));
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已保存表彰名称“{Form.Name!.Trim()}”。";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var own = await ReportPages.FindAsync(db, User.OrganizationId());
        var editor = (await authorization.AuthorizeAsync(User, Policies.EditHonourNames)).Succeeded;
        County = editor && own?.Level == OrgLevel.CountyCommittee ? own : null;
        Names = await names.VisibleAsync();
    }

    public static string Of(HonourTarget target) => HonourNames.TargetName(target);
}
