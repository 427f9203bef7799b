using Dangjian.Core.Data;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Notices;

/// <summary>Corrects a notice; the version posted back guards against overwriting someone else's change.</summary>
[Authorize(Policy = Policies.EditLoop)]
public class EditModel(AppDbContext db, NoticeEntry entry) : NoticeEditorModel(entry)
{
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id) is not { } notice)
        {
            return NotFound();
        }

        (Id, Form) = (id, NoticeForm.From(notice));
        await LoadChoicesAsync(notice.Organization!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Id = id;
        var result = await Entry.UpdateAsync(id, Form.ToDraft());
        if (result.NotFound || await FindAsync(id) is not { } notice)
        {
            return NotFound();
        }

        await LoadChoicesAsync(notice.Organization!);
        if (!result.Succeeded)
        {
            return Refused(result.Errors);
        }

        TempData["Message"] = "已保存。";
        return RedirectToPage("Index", new { year = notice.SentOn.Year });
    }

    private Task<RectificationNotice?> FindAsync(int id) =>
        db.RectificationNotices.AsNoTracking().Include(n => n.Organization).Include(n => n.Recipients).FirstOrDefaultAsync(n => n.Id == id);
}
