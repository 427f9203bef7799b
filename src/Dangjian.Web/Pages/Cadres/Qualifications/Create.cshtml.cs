using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Cadres.Qualifications;

[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, TimeProvider time, QualificationReviewEntry entry) : PageModel
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
        if (await this.SaveAsync(() => entry.CheckAsync(Form.Draft), () => entry.AddAsync(Form.Draft)) is not { Succeeded: true })
        {
            return Page();
        }

        TempData["Message"] = $"已录入{Form.PersonName.Trim()}的联审结果。";
        return RedirectToPage("Index", new { year = Form.ReviewedOn!.Value.Year });
    }

    private async Task LoadAsync()
    {
        Terms = await CadreChoices.TermsAsync(db);
        Villages = await CadreChoices.VillagesAsync(db);
    }
}
