using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres;

[Authorize(Policy = Policies.EditCadres)]
public class EditModel(AppDbContext db, CadreEntry entry) : CadreEditorModel(db, entry)
{
    public Cadre Cadre { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id) is not { } cadre)
        {
            return NotFound();
        }

        (Cadre, Form) = (cadre, CadreForm.From(cadre));
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await FindAsync(id) is not { } cadre)
        {
            return NotFound();
        }

        Cadre = cadre;
        return await SaveAsync(id, "已保存。");
    }

    private Task<Cadre?> FindAsync(int id) => Db.Cadres.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
}
