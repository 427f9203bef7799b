using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

/// <summary>
/// The filtered member list as .xlsx (POST with antiforgery, since it is logged). Rows come through the scoped context,
/// so users export only their subtree. Masked IDs and phones unless <c>full</c> is ticked by a user allowed to reveal
/// (then the export is also logged as a Reveal). The file is streamed into a temporary file, then sent.
/// </summary>
public class ExportModel(AppDbContext db, IAuthorizationService authorization, MemberSecrets secrets, MemberAudit audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MemberFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        Filter.Org is { } org && !await db.Organizations.AnyAsync(o => o.Id == org) ? NotFound() : RedirectToPage("Index", Filter.RouteValues());

    public async Task<IActionResult> OnPostAsync(bool full = false)
    {
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == (Filter.Org ?? User.OrganizationId()));
        if (org is null)
        {
            return NotFound();
        }

        if (full && !(await authorization.AuthorizeAsync(User, Policies.RevealMemberIds)).Succeeded)
        {
            await audit.ExportDeniedAsync();
            return Forbid();
        }

        var members = MemberFilter.Sort(Filter.Apply(db.Members, org.Path));
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var count = await MemberExport.WriteAsync(temp, members, secrets, full, HttpContext.RequestAborted);
        temp.Position = 0;

        await audit.ExportedAsync(org, Filter.RouteValues(), count, full);
        var name = $"党员名册_{org.Name}_{time.Today():yyyyMMdd}{(full ? "_含完整身份证号" : "")}.xlsx";
        return File(temp, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
