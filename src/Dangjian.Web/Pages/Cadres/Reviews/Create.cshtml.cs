using Dangjian.Core.Cadres;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Cadres.Reviews;

[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    public IReadOnlyList<TermOption> Terms { get; private set; } = [];
    public IReadOnlyList<Organization> Villages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Form = new ReviewForm { TermId = Terms.FirstOrDefault()?.Id, ReviewedOn = time.Today(), Departments = [.. ReviewDepartments.Usual] };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Form.TermId is { } term && Form.OrganizationId is { } village && !await CadreChoices.BelongsAsync(db, village, term))
        {
            ModelState.AddModelError("Form.OrganizationId", "所选村（社区）不属于该届次的乡镇");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.QualificationReviews.Add(new QualificationReview
        {
            TermId = Form.TermId!.Value, OrganizationId = Form.OrganizationId!.Value, PersonName = Form.PersonName.Trim(),
            ReviewedOn = Form.ReviewedOn!.Value, Departments = ReviewDepartments.Join(Form.Departments), Result = Form.Result,
            ProblemReason = string.IsNullOrWhiteSpace(Form.ProblemReason) ? null : Form.ProblemReason.Trim(), RemovedOn = Form.RemovedOn,
        });
        await db.SaveChangesAsync();
        TempData["Message"] = $"已录入{Form.PersonName.Trim()}的联审结果。";
        return RedirectToPage("Index", new { year = Form.ReviewedOn!.Value.Year });
    }

    private async Task LoadAsync()
    {
        Terms = await CadreChoices.TermsAsync(db);
        Villages = await CadreChoices.VillagesAsync(db);
    }
}
