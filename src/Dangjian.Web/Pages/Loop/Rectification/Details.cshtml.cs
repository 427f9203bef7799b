using Dangjian.Core.Data;
using Dangjian.Core.Rectification;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.OrgLife;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Rectification;

/// <summary>
/// One item and its history. The owner submits evidence; the raising organization alone signs off (销号) or sends
/// back: checked here before the workflow, which checks again.
/// </summary>
public class DetailsModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization, AttachmentStore store) : PageModel
{
    public RectificationItem Item { get; private set; } = null!;
    public string Raiser { get; private set; } = "";
    public IReadOnlyList<Escalation> Escalations { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>The item's state today by the one rule of indicators and reports.</summary>
    public RectificationState State { get; private set; }
    public bool CanSubmit { get; private set; }
    public bool CanSignOff { get; private set; }

    [BindProperty]
    public string? Measures { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>A photo or scan of the work done, sent with the material (same rules and encrypted store as meeting attachments).</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>The date the material was handed in, or of the sign-off: today unless entered afterwards (补录).</summary>
    [BindProperty]
    public DateOnly? On { get; set; }

    /// <summary>销号 closes the item for good: the user ticks that the evidence was checked (works without script).</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Download an evidence file, looked up through the scope filter (a foreign item's file is 404); audited.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int file) =>
        await store.DownloadAsync(HttpContext, await db.RectificationAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == file && a.ItemId == id),
            nameof(RectificationAttachment));

    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanSubmit)
        {
            return Forbid();
        }

        if (DateError(On, RectificationWorkflow.SubmitDateProblem))
        {
            return Page();
        }

        var actor = LoopChoices.Actor(User, time);
        RectificationAttachment? file = null;
        if (Upload is not null)
        {
            file = new RectificationAttachment { ItemId = Item.Id, FileName = "", StoredName = "", ContentType = "", UploadedAtUtc = actor.Now, UploadedBy = actor.Name };
            if (await store.SaveAsync(file, Upload, HttpContext.RequestAborted) is { } refused)
            {
                ModelState.AddModelError(nameof(Upload), refused);
                return Page();
            }

            Item.Attachments.Add(file);
        }

        var result = await ApplyAsync(RectificationWorkflow.Submit(Item, actor, Measures, Evidence ?? "", On), "已报送整改材料，等待销号。");
        if (file is not null && result is PageResult)
        {
            store.Delete(file); // refused or stale: the row was not saved, so neither is its file
            Item.Attachments.Remove(file);
        }

        return result;
    }

    public async Task<IActionResult> OnPostSignOffAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanSignOff)
        {
            return Forbid();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "销号后事项即告办结：请先勾选“我已核对整改材料，确认销号”。");
            return Page();
        }

        if (DateError(On, RectificationWorkflow.SignOffDateProblem))
        {
            return Page();
        }

        return await ApplyAsync(RectificationWorkflow.SignOff(Item, LoopChoices.Actor(User, time), Note, On), "已销号。");
    }

    public async Task<IActionResult> OnPostSendBackAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanSignOff)
        {
            return Forbid();
        }

        return await ApplyAsync(RectificationWorkflow.SendBack(Item, LoopChoices.Actor(User, time), Note), "已退回责任单位继续整改。");
    }

    /// <summary>An empty date is today; a wrong one is reported beside the date field.</summary>
    private bool DateError(DateOnly? on, Func<RectificationItem, DateOnly, DateOnly, string?> problem)
    {
        if (ModelState.GetFieldValidationState(nameof(On)) == ModelValidationState.Invalid)
        {
            return true;
        }

        if (on is { } day && problem(Item, day, Today) is { } wrong)
        {
            ModelState.AddModelError(nameof(On), wrong);
            return true;
        }

        return false;
    }

    private async Task<IActionResult> ApplyAsync(string? refusal, string done)
    {
        if (Version != Item.Version)
        {
            refusal = "该事项已被他人修改，请刷新后重试。";
        }

        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "该事项已被他人修改，请刷新后重试。");
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage("Details", new { id = Item.Id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.RectificationItems.Include(r => r.Organization).Include(r => r.Finding)
            .Include(r => r.Changes.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)).Include(r => r.Attachments.OrderBy(a => a.Id))
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Today = time.Today();
        State = RectificationStates.Of(item, Today);
        On ??= Today;
        Raiser = (await LoopChoices.NamesAsync(db, [item.RaisedById]))(item.RaisedById);
        Escalations = EscalationPolicy.Default.Dates(item.Deadline);
        var own = User.OrganizationId();
        CanSubmit = item.Status != RectificationStatus.SignedOff && (own == item.OrganizationId || own == item.RaisedById)
            && (await authorization.AuthorizeAsync(User, Policies.ReportLoop)).Succeeded;
        CanSignOff = item.Status == RectificationStatus.Submitted && RectificationWorkflow.CanSignOff(item, own)
            && (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        return true;
    }
}
