using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Admin.Accounts;

/// <summary>
/// SysAdmin creates an account without roles and sees only the first half of its one-time password; the SecAdmin
/// then grants roles and scope and releases the second half (三员分立, <see cref="PasswordHandOver"/>).
/// </summary>
public class CreateModel(AppDbContext db, UserManager<AppUser> users, IFieldCipher cipher) : PageModel
{
    public sealed class CreateInput
    {
        [Required(ErrorMessage = "请填写用户名")]
        [RegularExpression("^[A-Za-z0-9._@-]{3,40}$", ErrorMessage = "用户名为3到40位字母、数字或 . _ @ -")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写姓名")]
        [StringLength(40, ErrorMessage = "姓名不能超过40个字")]
        public string DisplayName { get; set; } = "";

        [Range(1, int.MaxValue, ErrorMessage = "请选择所属组织")]
        public int OrganizationId { get; set; }
    }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];
    public string? Password { get; private set; }

    public async Task OnGetAsync() => Organizations = await OrganizationChoices.LoadAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Organizations = await OrganizationChoices.LoadAsync(db);
        if (ModelState.IsValid && Organizations.All(o => o.Id != Input.OrganizationId))
        {
            ModelState.AddModelError("Input.OrganizationId", "请选择所属组织");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser { UserName = Input.UserName, DisplayName = Input.DisplayName.Trim(), OrganizationId = Input.OrganizationId };
        var (first, password) = PasswordHandOver.Prepare(cipher, user);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return Page();
        }

        Password = first;
        return Page();
    }
}

public static class OrganizationChoices
{
    public static async Task<IReadOnlyList<Organization>> LoadAsync(AppDbContext db) =>
        await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).ToListAsync();
}
