using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Account;

public class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public sealed class ChangeInput
    {
        [Required(ErrorMessage = "请输入当前密码")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "请输入新密码")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致")]
        public string Confirm { get; set; } = "";
    }

    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public bool Forced { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Forced = (await users.GetUserAsync(User))?.MustChangePassword == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        Forced = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.New == Input.Current)
        {
            ModelState.AddModelError("Input.New", "新密码不能与当前密码相同");
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            // Identity's length rule and PasswordPolicy may say the same thing: show it once, next to the new password.
            foreach (var description in result.Errors.Select(e => e.Description).Distinct())
            {
                ModelState.AddModelError(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) && e.Description == description)
                    ? "Input.Current" : "Input.New", description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "密码已修改。";
        return LocalRedirect("/");
    }
}
