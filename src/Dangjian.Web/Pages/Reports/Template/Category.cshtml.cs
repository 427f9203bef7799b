using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>Adds or changes one of the county's work categories (a code of a built-in category replaces it in the county's entry forms).</summary>
[Authorize(Policy = Policies.EditReportTemplate)]
public class CategoryModel(AppDbContext db, CountyCategories categories) : CountyPage(db)
{
    public sealed class CategoryForm
    {
        public int? Id { get; set; }

        [Range(0, int.MaxValue)]
        public int Version { get; set; }

        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public string? QuantityMeaning { get; set; }
        public string? ParticipantUnit { get; set; }
    }

    [BindProperty]
    public CategoryForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        await LoadCountyAsync();
        if (County is null || id is null)
        {
            return Page();
        }

        var c = await Db.WorkCategories.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.OrganizationId == County.Id);
        if (c is null)
        {
            return NotFound();
        }

        Form = new CategoryForm { Id = c.Id, Version = c.Version, Code = c.Code, Name = c.Name, Unit = c.Unit, QuantityMeaning = c.QuantityMeaning, ParticipantUnit = c.ParticipantUnit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCountyAsync();
        if (County is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await categories.SaveWorkCategoryAsync(County.Id,
            new WorkCategoryDraft(Form.Id, Form.Version, Form.Code, Form.Name, Form.Unit, Form.QuantityMeaning, Form.ParticipantUnit));
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已保存工作记录类别“{Form.Name!.Trim()}”。";
        return RedirectToPage("Categories");
    }
}
