using System.ComponentModel.DataAnnotations;
using System.Text;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Account;

/// <summary>Sets up the TOTP second factor (required for the three administration roles).</summary>
public class EnableAuthenticatorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入验证码")]
    [RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "验证码为6位数字")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        await LoadKeyAsync(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Trim()))
        {
            ModelState.AddModelError(nameof(Code), "验证码不正确或已使用过，请确认手机时间准确，等验证器显示新的验证码后重试。");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "已启用两步验证。以后登录时需要输入验证器应用中的验证码。";
        return LocalRedirect("/");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which would end this very session at the next request.
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = Group(key!);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("党建责任制工作台")}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Uri.EscapeDataString("党建责任制工作台")}&digits=6";
    }

    private static string Group(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return sb.ToString().TrimEnd().ToLowerInvariant();
    }
}
