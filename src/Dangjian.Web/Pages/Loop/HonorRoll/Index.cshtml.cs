using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Accountability;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.HonorRoll;

public class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed class EntryForm
    {
        [Required(ErrorMessage = "请选择党组织")]
        public int? OrganizationId { get; set; }

        public Core.Accountability.HonorRoll Roll { get; set; }

        [Required(ErrorMessage = "请填写期间")]
        [StringLength(40, ErrorMessage = "期间不能超过40个字")]
        public string Period { get; set; } = "";

        [Required(ErrorMessage = "请填写上榜理由")]
        [StringLength(1000, ErrorMessage = "理由不能超过1000个字")]
        public string Reason { get; set; } = "";
    }

    public IReadOnlyList<HonorRollEntry> Rows { get; private set; } = [];
    public IReadOnlyList<Organization> Organizations { get; private set; } = [];
    public int Year { get; private set; }
    public bool CanCreate { get; private set; }

    [BindProperty]
    public EntryForm Form { get; set; } = new();

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync(null);
        if (!CanCreate)
        {
            return Forbid();
        }

        if (Form.OrganizationId is { } id && Organizations.All(o => o.Id != id))
        {
            ModelState.AddModelError("Form.OrganizationId", "只能将本级以下的党组织列入红黑榜");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.HonorRollEntries.Add(new HonorRollEntry
        {
            OrganizationId = Form.OrganizationId!.Value, Roll = Form.Roll, Year = Year, Period = Form.Period.Trim(), Reason = Form.Reason.Trim(),
        });
        await db.SaveChangesAsync();
        TempData["Message"] = "已登记红黑榜。";
        return RedirectToPage("Index", new { year = Year });
    }

    private async Task LoadAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        Rows = await db.HonorRollEntries.AsNoTracking().Include(h => h.Organization).Where(h => h.Year == Year)
            .OrderBy(h => h.Period).ThenBy(h => h.Roll).ThenBy(h => h.Organization!.Path).Take(500).ToListAsync();
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        Organizations = CanCreate ? await LoopChoices.BelowAsync(db, User) : [];
    }
}
