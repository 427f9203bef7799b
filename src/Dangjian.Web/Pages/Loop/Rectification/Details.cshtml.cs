using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
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
public class DetailsModel(AppDbContext db, RectificationItemEntry entry, TimeProvider time, IAuthorizationService authorization, AttachmentStore store) : PageModel
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

        if (DateInvalid())
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
        }

        var result = await entry.SubmitAsync(Item.Id, new RectificationReport(Measures, Evidence, On, Version), actor, file);
        if (file is not null && !result.Succeeded)
        {
            store.Delete(file); // refused or stale: the row was not saved, so neither is its file
        }

        return Show(result, "已报送整改材料，等待销号。");
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

        return DateInvalid() && Confirm
            ? Page()
            : Show(await entry.SignOffAsync(Item.Id, new RectificationReport(null, Note, On, Version), Confirm, LoopChoices.Actor(User, time)), "已销号。");
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

        return Show(await entry.SendBackAsync(Item.Id, new RectificationReport(null, Note, null, Version), LoopChoices.Actor(User, time)), "已退回责任单位继续整改。");
    }

    /// <summary>The posted date could not be read (its message is already beside the date field).</summary>
    private bool DateInvalid() => ModelState.GetFieldValidationState(nameof(On)) == ModelValidationState.Invalid;

    private IActionResult Show(EntryResult result, string done)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors, prefix: "");
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage("Details", new { id = Item.Id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await db.RectificationItems.AsNoTracking().Include(r => r.Organization).Include(r => r.Finding)
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
