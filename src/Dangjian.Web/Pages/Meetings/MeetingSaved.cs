using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Entry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>What the entry and correction pages make of <see cref="MeetingEntry"/>'s result: 404, the messages beside the fields, or the meeting's page with a summary.</summary>
internal static class MeetingSaved
{
    /// <param name="done">the verb of the summary: 已录入 or 已更正.</param>
    public static IActionResult Outcome(PageModel page, MeetingForm form, MeetingEntry.Result result, string done)
    {
        if (result.NotFound)
        {
            return page.NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                page.ModelState.AddModelError(form.KeyOf(field), message);
            }

            return page.Page();
        }

        var m = result.Meeting!;
        page.TempData["Message"] = $"{done}{OrgLifeLabels.Of(m.Kind)}（{m.HeldOn:yyyy-MM-dd}），应到{m.Attendances.Count}人，实到{m.Attendances.Count(a => a.Status == AttendanceStatus.Present)}人"
            + (m.EnteredByProxy ? "，标记为代录。" : "。");
        return page.RedirectToPage("Details", new { id = m.Id });
    }
}
