using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Organizations;

[Authorize(Policy = Policies.EditOrganizations)]
public class DeactivateModel(AppDbContext db, TimeProvider time, OrganizationEntry entry) : PageModel
{
    public sealed class DeactivateInput
    {
        [Required(ErrorMessage = "请填写撤销日期")]
        public DateOnly? On { get; set; }

        [Required(ErrorMessage = "请填写撤销原因（如批复文号）")]
        [StringLength(400, ErrorMessage = "原因不能超过400个字")]
        public string Reason { get; set; } = "";
    }

    [BindProperty]
    public DeactivateInput Input { get; set; } = new();

    public Organization Org { get; private set; } = null!;
    public string? Blocker { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.On = time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Blocker is not null)
        {
            ModelState.Clear(); // the blocker is the answer; the form is not shown
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await entry.DeactivateAsync(id, Input.On!.Value, Input.Reason);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已撤销“{Org.Name}”。其历史记录全部保留。";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (org is null)
        {
            return false;
        }

        Org = org;
        Blocker = await OrganizationTree.CheckDeactivateAsync(db, org);
        return true;
    }
}
