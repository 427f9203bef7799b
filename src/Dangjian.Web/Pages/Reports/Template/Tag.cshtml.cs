using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>Adds or changes one of the county's categories or sub-categories of a record family (扶助学生, 作风督查, 专题研究党建…).</summary>
[Authorize(Policy = Policies.EditReportTemplate)]
public class TagModel(AppDbContext db, CountyCategories categories) : CountyPage(db)
{
    public sealed class TagForm
    {
        public int? Id { get; set; }
        public int Version { get; set; }
        public string? Family { get; set; }
        public int? ParentId { get; set; }
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Unit { get; set; }
    }

    [BindProperty]
    public TagForm Form { get; set; } = new();

    /// <summary>Top-level categories of the family, which a sub-category may sit under.</summary>
    public IReadOnlyList<RecordTag> Parents { get; private set; } = [];

    public RecordFamily Family => Enum.TryParse<RecordFamily>(Form.Family, out var f) && Enum.IsDefined(f) ? f : RecordFamily.Work;

    public async Task<IActionResult> OnGetAsync(int? id, string? family)
    {
        await LoadCountyAsync();
        if (County is null)
        {
            return Page();
        }

        if (id is null)
        {
            Form.Family = Enum.TryParse<RecordFamily>(family, out var f) && Enum.IsDefined(f) ? f.ToString() : nameof(RecordFamily.Work);
            await LoadParentsAsync();
            return Page();
        }

        var t = await Db.RecordTags.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.OrganizationId == County.Id);
        if (t is null)
        {
            return NotFound();
        }

        Form = new TagForm { Id = t.Id, Version = t.Version, Family = t.Family.ToString(), ParentId = t.ParentId, Code = t.Code, Name = t.Name, Unit = t.Unit };
        await LoadParentsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCountyAsync();
        if (County is null)
        {
            return Page();
        }

        await LoadParentsAsync();
        if (!Enum.TryParse<RecordFamily>(Form.Family, out var family) || !Enum.IsDefined(family) || int.TryParse(Form.Family, out _))
        {
            ModelState.AddModelError("Form.Family", "请选择记录类型");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await categories.SaveTagAsync(County.Id, new TagDraft(Form.Id, Form.Version, family, Form.ParentId, Form.Code, Form.Name, Form.Unit));
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已保存{CategoryRules.FamilyNames[family]}类别“{Form.Name!.Trim()}”。";
        return RedirectToPage("Categories");
    }

    private async Task LoadParentsAsync() =>
        Parents = (await VisibleTags.LoadAsync(Db, Family)).Where(t => t.ParentId is null && t.Id != Form.Id).ToList();
}
