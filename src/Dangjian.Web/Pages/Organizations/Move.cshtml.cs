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
public class MoveModel(AppDbContext db, TimeProvider time) : PageModel
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

        var target = Candidates.FirstOrDefault(c => c.Id == Input.NewParentId);
        if (ModelState.IsValid && (target is null || OrganizationTree.CheckMove(Org, target) is { }))
        {
            ModelState.AddModelError("Input.NewParentId", target is null ? "请选择新的上级组织" : OrganizationTree.CheckMove(Org, target)!);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await OrganizationTree.MoveAsync(db, time, Org, target!, Input.Reason.Trim(), User.Name());
        TempData["Message"] = $"已将“{Org.Name}”调整到“{target!.Name}”之下。";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var org = await db.Organizations.Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.IsActive);
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

        Candidates = await db.Organizations
            .Where(o => o.IsActive && o.Level != OrgLevel.Branch && o.Id != org.ParentId && !o.Path.StartsWith(org.Path))
            .OrderBy(o => o.Path).ToListAsync();
        return true;
    }
}
