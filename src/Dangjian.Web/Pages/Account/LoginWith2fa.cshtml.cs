using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Audit;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Account;

/// <summary>Second step of signing in for accounts with an authenticator app: the 6-digit TOTP code.</summary>
[AllowAnonymous]
public class LoginWith2faModel(SignInManager<AppUser> signIn, AccessEvents access) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入验证码")]
    [RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "验证码为6位数字")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Trim(), isPersistent: false, rememberClient: false);
        await access.SecondFactorAsync(user.UserName!, user.Id, user.OrganizationId, result.Succeeded);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? LoginModel.Failure : "验证码不正确或已使用过（每个验证码只能用一次），请等验证器应用显示新的验证码后输入。");
        return Page();
    }
}
