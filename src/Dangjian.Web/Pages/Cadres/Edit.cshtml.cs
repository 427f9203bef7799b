using Dangjian.Core.Cadres;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres;

[Authorize(Policy = Policies.EditCadres)]
public class EditModel(AppDbContext db) : CadreEditorModel(db)
{
    public Cadre Cadre { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Db.Cadres.SingleOrDefaultAsync(c => c.Id == id) is not { } cadre)
        {
            return NotFound();
        }

        (Cadre, Form) = (cadre, CadreForm.From(cadre));
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await Db.Cadres.SingleOrDefaultAsync(c => c.Id == id) is not { } cadre)
        {
            return NotFound();
        }

        Cadre = cadre;
        await LoadChoicesAsync();
        await CheckAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Optimistic concurrency: the update must find the version the user started from.
        Db.Entry(cadre).Property(c => c.Version).OriginalValue = Form.Version;
        Form.ApplyTo(cadre);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "保存失败：该记录刚被其他人修改过。请刷新页面查看最新内容后再修改。");
            return Page();
        }

        TempData["Message"] = "已保存。";
        return RedirectToPage("Index", new { term = cadre.TermId, village = cadre.OrganizationId });
    }
}
