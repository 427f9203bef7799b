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
public class MoveModel(AppDbContext db, OrganizationEntry entry) : PageModel
{
    public sealed class MoveInput
    {
        [Range(1, int.MaxValue, ErrorMessage = "请选择新的上级组织")]
        public int NewParentId { get; set; }

        [Required(ErrorMessage = "请填写调整原因")]
        [StringLength(400, ErrorMessage = "原因不能超过400个字")]
        public string Reason { get; set; } = "";
    }

    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<Organization> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await this.SaveAsync(() => Task.FromResult(new Dictionary<string, string>()),
            () => entry.MoveAsync(id, Input.NewParentId, Input.Reason, User.Name()), "Input.");
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = $"已将“{Org.Name}”调整到“{Candidates.First(c => c.Id == Input.NewParentId).Name}”之下。";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var org = await db.Organizations.AsNoTracking().Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.IsActive);
        if (org is null)
        {
            return false;
        }

        Org = org;
        if (org.ParentId is null)
        {
            ModelState.AddModelError(string.Empty, "最上级组织不能移动。");
            return true;
        }

        Candidates = await OrganizationEntry.MoveTargets(db, org).OrderBy(o => o.Path).ToListAsync();
        return true;
    }
}
