using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// A new review of the user's own organization for a year (the county: its township committees; a township: its
/// branches), with the default rules, as a draft; no organization id travels in the form.
/// </summary>
[Authorize(Policy = Policies.EditReviews)]
public class CreateModel(AppDbContext db, TimeProvider clock, ReviewPlanEntry entry) : PageModel
{
    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public Organization? Reviewer { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Year = clock.Today().Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var errors = new List<string>();
        if (ReviewText.Integer(Year, "年度", errors) is { } year)
        {
            var result = await entry.CreateAsync(User.OrganizationId(), year, Title, User.Name());
            if (result.Succeeded)
            {
                TempData["Message"] = $"已建立{await db.ReviewPlans.Where(p => p.Id == result.Id).Select(p => p.Title).SingleAsync()}（草稿），请设定规则和指标后开始评议。";
                return RedirectToPage("Plan", new { id = result.Id });
            }

            ModelState.Show(result.Errors);
        }

        errors.ForEach(e => ModelState.AddModelError(string.Empty, e));
        return Page();
    }

    private async Task LoadAsync() =>
        Reviewer = await db.Organizations.SingleOrDefaultAsync(o => o.Id == User.OrganizationId()
            && (o.Level == OrgLevel.CountyCommittee || o.Level == OrgLevel.TownshipCommittee));
}
