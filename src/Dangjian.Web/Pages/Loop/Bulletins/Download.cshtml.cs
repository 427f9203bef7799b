using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Data;
using Dangjian.Core.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Bulletins;

/// <summary>The bulletin as a .docx in 公文 layout (a draft is marked 草稿 in its number line).</summary>
public class DownloadModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var bulletin = await db.Bulletins.AsNoTracking().Include(b => b.Organization).SingleOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        var bytes = GongwenWriter.ToBytes(BulletinDraft.Document(bulletin, bulletin.Organization!.Name));
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"督查通报-{bulletin.Year}-{bulletin.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "草稿"}.docx");
    }
}
