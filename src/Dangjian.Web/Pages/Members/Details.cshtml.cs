using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

public class DetailsModel(AppDbContext db, IAuthorizationService authorization, MemberSecrets secrets, MemberAudit audit) : PageModel
{
    public Member Member { get; private set; } = null!;
    public IReadOnlyList<MemberTransfer> Transfers { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanReveal { get; private set; }

    /// <summary>Set only in the response to the reveal POST; never stored or redirected with.</summary>
    public string? RevealedResidentId { get; private set; }
    public string? RevealedPhone { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>查看完整身份证号: shows the full ID and phone in this response only, and logs the reveal.</summary>
    public async Task<IActionResult> OnPostRevealAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanReveal)
        {
            await audit.RevealAsync(id, allowed: false);
            return Forbid();
        }

        RevealedResidentId = secrets.RevealResidentId(Member);
        RevealedPhone = secrets.RevealPhone(Member);
        await audit.RevealAsync(id, allowed: true);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Organization).SingleOrDefaultAsync(m => m.Id == id);
        if (member is null)
        {
            return false;
        }

        Member = member;
        Transfers = await db.MemberTransfers.AsNoTracking().Where(t => t.MemberId == id)
            .OrderByDescending(t => t.TransferredOn).ThenByDescending(t => t.Id).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditMembers)).Succeeded;
        CanReveal = (await authorization.AuthorizeAsync(User, Policies.RevealMemberIds)).Succeeded;
        return true;
    }
}
