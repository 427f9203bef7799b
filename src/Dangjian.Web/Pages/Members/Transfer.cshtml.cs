using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

/// <summary>
/// 组织关系转接 and state changes. Nothing here deletes a member: a transfer out, a stop (停止党籍) or a death keeps the
/// row and its history; a transfer within moves the member to another organization of the user's subtree.
/// </summary>
[Authorize(Policy = Policies.EditMembers)]
public class TransferModel(AppDbContext db, MemberTransferEntry entry, TimeProvider time) : PageModel
{
    public sealed class TransferInput
    {
        public TransferKind Kind { get; set; } = TransferKind.Within;
        public int? ToOrganizationId { get; set; }

        [StringLength(200, ErrorMessage = "组织名称不能超过200个字")]
        public string? OtherOrganizationName { get; set; }

        [Required(ErrorMessage = "请填写转接日期")]
        public DateOnly? On { get; set; }

        [StringLength(1000, ErrorMessage = "备注不能超过1000个字")]
        public string? Note { get; set; }

        public int Version { get; set; }
    }

    public sealed class StateInput
    {
        public MemberState State { get; set; }

        /// <summary>The day the member stopped or died (a past year's fact is entered with its own date); blank means today.</summary>
        [FactDate("变更日期")]
        public DateOnly? On { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public TransferInput Input { get; set; } = new();

    [BindProperty]
    public StateInput StateChange { get; set; } = new();

    public Member Member { get; private set; } = null!;
    public IReadOnlyList<OrgChoice> Orgs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.Version = StateChange.Version = Member.Version;
        Input.Kind = Member.State == MemberState.TransferredOut ? TransferKind.In : TransferKind.Within;
        Input.On = time.Today();
        StateChange.State = Member.State;
        StateChange.On = Member.StateChangedOn ?? time.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostTransferAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Remove("StateChange.State");
        ModelState.Remove("StateChange.Version");
        ModelState.Remove("StateChange.On");
        if (Input.Version != Member.Version)
        {
            return Stale();
        }

        var draft = new TransferDraft(Input.Kind, Input.ToOrganizationId, Input.OtherOrganizationName, Input.On, Input.Note, Input.Version);
        return Saved(await this.SaveAsync(() => entry.CheckAsync(Member, draft), () => entry.TransferAsync(id, draft, User.Name()), "Input."),
            $"已登记{PeopleLabels.Of(Input.Kind)}。");
    }

    public async Task<IActionResult> OnPostStateAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (StateChange.Version != Member.Version)
        {
            return Stale();
        }

        var (state, on, version) = (StateChange.State, StateChange.On, StateChange.Version);
        return Saved(await this.SaveAsync(() => Task.FromResult(MemberTransferEntry.CheckState(state)), () => entry.ChangeStateAsync(id, state, on, version), "StateChange."),
            $"状态已改为“{PeopleLabels.Of(StateChange.State)}”。");
    }

    private IActionResult Saved(EntryResult? result, string message)
    {
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage("Details", new { id = Member.Id });
    }

    /// <summary>
    /// The form showed an older version: refused before any check, since a transfer or a state that matches what another
    /// user just saved would otherwise pass as a change of nothing, or fail with a misleading message.
    /// </summary>
    private PageResult Stale()
    {
        ModelState.AddModelError(string.Empty, MemberTransferEntry.Stale);
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
        Orgs = await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).Select(o => new OrgChoice(o.Id, o.Name)).ToListAsync();
        return true;
    }
}
