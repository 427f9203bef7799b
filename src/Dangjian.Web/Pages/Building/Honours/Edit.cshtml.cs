using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>Corrects an honour; the version posted back guards against overwriting someone else's change.</summary>
[Authorize(Policy = Policies.EditBuilding)]
public class EditModel(AppDbContext db, HonourNames names, HonourEntry entry) : HonourEditorModel(db, names, entry)
{
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await Db.Honours.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id) is not { } honour)
        {
            return NotFound();
        }

        (Id, Form) = (id, HonourForm.From(honour));
        await LoadChoicesAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id)
    {
        Id = id;
        return SaveAsync(id, "已保存。");
    }
}
