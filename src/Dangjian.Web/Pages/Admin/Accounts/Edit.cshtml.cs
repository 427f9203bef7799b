using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Admin.Accounts;

/// <summary>
/// SysAdmin: rename, disable/enable, unlock, reset the password of an account in scope. A reset shows only the first
/// half of the one-time password; the account stays unusable until the security administrator releases the second.
/// </summary>
public class EditModel(AppDbContext db, UserManager<AppUser> users, IFieldCipher cipher) : PageModel
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
        var (first, result) = await PasswordHandOver.ResetAsync(users, cipher, a);
        NewPassword = first;
        return result.Succeeded
            ? "已重置密码。账号在安全管理员发放密码后半段之前不能登录；本人凭两段密码登录后须修改密码。"
            : string.Join(" ", result.Errors.Select(e => e.Description));
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
