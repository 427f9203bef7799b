using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(SignInManager<AppUser> signIn, AccessEvents access) : PageModel
{
    public const string Failure = "用户名或密码错误，或账号已被暂时锁定。";
    public const string AwaitingRelease = "该账号的密码已由系统管理员重置，须安全管理员发放密码后半段后才能登录。";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = target });
        }

        await access.PasswordSignInAsync(Input.UserName, result.Succeeded, result.IsLockedOut, result.IsNotAllowed);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        // One message for unknown user, wrong password and lockout: a failure reveals nothing about the account.
        ModelState.AddModelError(string.Empty, result.IsNotAllowed ? AwaitingRelease : Failure);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入密码")]
        public string Password { get; set; } = "";
    }
}
