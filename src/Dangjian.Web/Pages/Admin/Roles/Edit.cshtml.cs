using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Admin.Roles;
using Dangjian.Core.Organizations;
using Dangjian.Core.Security;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Admin.Roles;

/// <summary>
/// SecAdmin grants roles and scope (the account's organization and, for a liaison leader, its branches), and releases
/// the second half of a one-time password the system administrator set (<see cref="PasswordHandOver"/>).
/// </summary>
public class EditModel(AppDbContext db, RoleGrantEntry grants, UserManager<AppUser> users, IFieldCipher cipher) : PageModel
{
    public AppUser Account { get; private set; } = null!;

    /// <summary>The released second half, shown once.</summary>
    public string? ReleasedPart { get; private set; }
    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public int OrganizationId { get; set; }

    [BindProperty]
    public List<int> LiaisonOrganizations { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        SelectedRoles = [.. await users.GetRolesAsync(Account)];
        OrganizationId = Account.OrganizationId;
        LiaisonOrganizations = await db.UserScopes.Where(s => s.UserId == id).Select(s => s.OrganizationId).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        SelectedRoles.RemoveAll(string.IsNullOrEmpty);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await grants.GrantAsync(id, SelectedRoles, OrganizationId, LiaisonOrganizations, HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已更新 {Account.UserName} 的角色和管辖范围。";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostReleaseAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ReleasedPart = await PasswordHandOver.ReleaseAsync(users, cipher, Account);
        if (ReleasedPart is null)
        {
            ModelState.AddModelError(string.Empty, "该账号没有待发放的密码。");
        }

        SelectedRoles = [.. await users.GetRolesAsync(Account)];
        OrganizationId = Account.OrganizationId;
        LiaisonOrganizations = await db.UserScopes.Where(s => s.UserId == id).Select(s => s.OrganizationId).ToListAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await AccountList.FindAsync(db, id) is not { } account || account.UserName == User.Identity?.Name)
        {
            return false;
        }

        Account = account;
        Organizations = await Accounts.OrganizationChoices.LoadAsync(db);
        return true;
    }
}
