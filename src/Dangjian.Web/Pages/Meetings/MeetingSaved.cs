using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>What the entry and correction pages make of <see cref="MeetingEntry"/>'s result: 404, the messages beside the fields, or the meeting's page with a summary.</summary>
internal static class MeetingSaved
{
    /// <param name="done">the verb of the summary: 已录入 or 已更正.</param>
    public static async Task<IActionResult> OutcomeAsync(PageModel page, AppDbContext db, MeetingForm form, EntryResult result, string done)
    {
        if (result.NotFound)
        {
            return page.NotFound();
        }

        if (result.Id is not { } id)
        {
            foreach (var (field, message) in result.Errors)
            {
                page.ModelState.AddModelError(form.KeyOf(field), message);
            }

            return page.Page();
        }

        var m = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Kind, m.HeldOn, m.EnteredByProxy, Due = m.Attendances.Count, Present = m.Attendances.Count(a => a.Status == AttendanceStatus.Present) })
            .SingleAsync();
        page.TempData["Message"] = $"{done}{OrgLifeLabels.Of(m.Kind)}（{m.HeldOn:yyyy-MM-dd}），应到{m.Due}人，实到{m.Present}人"
            + (m.EnteredByProxy ? "，标记为代录。" : "。");
        return page.RedirectToPage("Details", new { id });
    }
}
