using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Contacts;

/// <summary>The county's kinds of contact points and projects: the defaults, its own, a new one or a renamed one (?edit=).</summary>
[Authorize(Policy = Policies.EditGuidanceKinds)]
public class KindsModel(AppDbContext db, GuidanceKindEntry entry) : PageModel
{
    public sealed class KindForm
    {
        public GuidanceFamily? Family { get; set; }
        public string? Code { get; set; }
        public string? Name { get; set; }
        public int SortOrder { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public KindForm Form { get; set; } = new();

    public IReadOnlyList<GuidanceKind> All { get; private set; } = [];
    public GuidanceKind? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? edit)
    {
        if (!await LoadAsync(edit))
        {
            return NotFound();
        }

        Form = Editing is { } k
            ? new KindForm { Family = k.Family, Code = k.Code, Name = k.Name, SortOrder = k.SortOrder, Version = k.Version }
            : new KindForm { Family = GuidanceFamily.ContactPoint, SortOrder = All.Count == 0 ? 1 : All.Max(x => x.SortOrder) + 1 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? edit)
    {
        if (!await LoadAsync(edit))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await entry.SaveAsync(User.OrganizationId(), edit, new GuidanceKindDraft(Form.Family, Form.Code, Form.Name, Form.SortOrder, Form.Version));
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已保存类别“{Form.Name!.Trim()}”。";
        return RedirectToPage("Kinds");
    }

    /// <summary>Every kind the county sees; the one to rename must be the county's own.</summary>
    private async Task<bool> LoadAsync(int? edit)
    {
        All = await db.GuidanceKinds.AsNoTracking().OrderBy(k => k.Family).ThenBy(k => k.SortOrder).ThenBy(k => k.Id).ToListAsync();
        var county = User.OrganizationId();
        Editing = edit is { } id ? All.SingleOrDefault(k => k.Id == id && k.OrganizationId == county) : null;
        return edit is null || Editing is not null;
    }
}
