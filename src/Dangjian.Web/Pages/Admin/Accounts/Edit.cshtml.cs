using Dangjian.Core.Data;
using Dangjian.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Admin.Accounts;

/// <summary>SysAdmin: rename, disable/enable, unlock, reset the password of an account in scope.</summary>
public class EditModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public AppUser Account { get; private set; } = null!;
    public string? NewPassword { get; private set; }

    [BindProperty]
    public string DisplayName { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await AccountList.FindAsync(db, id) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        DisplayName = account.DisplayName;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id) => ActAsync(id, async a =>
    {
        a.DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? a.DisplayName : DisplayName.Trim()[..Math.Min(40, DisplayName.Trim().Length)];
        await users.UpdateAsync(a);
        return "已保存。";
    });

    public Task<IActionResult> OnPostDisableAsync(int id) => ActAsync(id, async a =>
    {
        await users.SetLockoutEndDateAsync(a, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(a);
        return "已停用该账号。";
    });

    public Task<IActionResult> OnPostEnableAsync(int id) => ActAsync(id, async a =>
    {
        await users.SetLockoutEndDateAsync(a, null);
        await users.ResetAccessFailedCountAsync(a);
        return "已启用该账号。";
    });

    public Task<IActionResult> OnPostResetAsync(int id) => ActAsync(id, async a =>
    {
        NewPassword = PasswordGenerator.Next();
        await users.RemovePasswordAsync(a);
        await users.AddPasswordAsync(a, NewPassword);
        a.MustChangePassword = true;
        await users.UpdateAsync(a);
        await users.UpdateSecurityStampAsync(a);
        return "已重置密码，本人下次登录须修改密码。";
    });

    private async Task<IActionResult> ActAsync(int id, Func<AppUser, Task<string>> action)
    {
        if (await AccountList.FindAsync(db, id) is not { } account)
        {
            return NotFound();
        }

        if (account.UserName == User.Identity?.Name)
        {
            return Forbid();
        }

        Account = account;
        TempData["Message"] = await action(account);
        return NewPassword is null ? RedirectToPage(new { id }) : Page();
    }
}
