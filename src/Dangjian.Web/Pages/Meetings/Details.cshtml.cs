using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>One meeting record: attendance, the 代录/补录 marks, attachments (upload and download).</summary>
public class DetailsModel(AppDbContext db, AttachmentStore store, MeetingAttachmentEntry attachments, IAuthorizationService authorization) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public string? UploadError { get; private set; }
    public bool EnteredLate => Meeting.EnteredAtUtc.BeijingDate().DayNumber - Meeting.HeldOn.DayNumber > RuleSets.Default.LateAfterDays;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Download an attachment, looked up through the meeting (so through the scope filter); audited.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int file) =>
        await store.DownloadAsync(HttpContext, await db.MeetingAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == file && a.MeetingId == id),
            nameof(MeetingAttachment));

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var row = new MeetingAttachment { FileName = "", StoredName = "", ContentType = "" };
        if (await store.SaveAsync(row, upload, HttpContext.RequestAborted) is { } error)
        {
            UploadError = error;
            return Page();
        }

        if ((await attachments.AddAsync(id, row, User.Name(), HttpContext.RequestAborted)).NotFound)
        {
            store.Delete(row); // the meeting went out of reach meanwhile: its file is not kept either
            return NotFound();
        }

        TempData["Message"] = $"已上传附件“{row.FileName}”。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await db.Meetings.AsNoTracking().Include(m => m.Organization).Include(m => m.MonthlyTheme)
            .Include(m => m.Attendances).ThenInclude(a => a.Member).Include(m => m.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id);
        if (found is null)
        {
            return false;
        }

        Meeting = found;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditMeetings)).Succeeded;
        return true;
    }
}
