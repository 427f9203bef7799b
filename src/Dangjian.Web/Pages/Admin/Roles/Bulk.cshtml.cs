using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Admin.Roles;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Admin.Roles;

/// <summary>
/// SecAdmin: the accounts in scope that hold no role yet; tick some, choose one business role and scope, grant them
/// all at once (releasing their held second password halves, downloadable as a sheet).
/// </summary>
public class BulkModel(AppDbContext db, RoleGrants grants, PasswordHalves halves) : PageModel
{
    public sealed record Waiting(int Id, string UserName, string DisplayName, string Organization, string? Phone, string? Note);

    public IReadOnlyList<Waiting> Accounts { get; private set; } = [];
    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    [BindProperty]
    public List<int> AccountIds { get; set; } = [];

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public int OrganizationId { get; set; }

    [BindProperty]
    public string? Halves { get; set; }

    public RoleGrants.Outcome? Granted { get; private set; }
    public string? DownloadProblem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (AccountIds.Count == 0)
        {
            ModelState.AddModelError(nameof(AccountIds), "请勾选要授权的账号。");
        }

        if (Role is null || !Core.Account.Roles.Business.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "请选择角色（三员角色不能批量授予）。");
        }

        var scope = Organizations.FirstOrDefault(o => o.Id == OrganizationId);
        if (scope is null)
        {
            ModelState.AddModelError(nameof(OrganizationId), "请选择管辖组织。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Granted = await grants.GrantAsync(AccountIds, Role!, scope!, HttpContext.RequestAborted);
        if (!Granted.Succeeded)
        {
            Granted.Problems.ToList().ForEach(p => ModelState.AddModelError(string.Empty, p.Message));
            Granted = null;
            return Page();
        }

        Halves = Granted.Halves.Count > 0 ? halves.Protect(Granted.Halves, firstHalf: false) : null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordsAsync()
    {
        if (await halves.DownloadAsync(Halves, firstHalf: false, HttpContext.RequestAborted) is not { } sheet)
        {
            await LoadAsync();
            DownloadProblem = "下载已过期或无效（授权后一小时内、由授权的管理员本人下载）。请让系统管理员逐个重置这些账号的密码。";
            return Page();
        }

        return File(sheet.Bytes, Core.Admin.Accounts.PasswordSheet.ContentType, sheet.FileName);
    }

    private async Task LoadAsync()
    {
        Organizations = await Admin.Accounts.OrganizationChoices.LoadAsync(db);
        var self = User.Identity?.Name;
        Accounts = await AccountList.InScope(db).Where(u => u.UserName != self && !db.UserRoles.Any(r => r.UserId == u.Id))
            .OrderBy(u => u.UserName)
            .Select(u => new Waiting(u.Id, u.UserName!, u.DisplayName, db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).First(),
                u.PhoneMasked, u.Note))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
