using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Reports;
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
public class CreateModel(AppDbContext db, TimeProvider clock) : PageModel
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
        var year = ReviewText.Integer(Year, "年度", errors);
        if (Title?.Trim().Length > 200)
        {
            errors.Add("名称不能超过200个字。");
        }

        if (Reviewer is null)
        {
            errors.Add("只有县委或乡镇党委可以组织述职评议考核。");
        }

        if (errors.Count == 0)
        {
            try
            {
                var plan = await new ReviewService(db, clock).CreatePlanAsync(Reviewer!, year!.Value, User.Name(), Title);
                TempData["Message"] = $"已建立{plan.Title}（草稿），请设定规则和指标后开始评议。";
                return RedirectToPage("Plan", new { id = plan.Id });
            }
            catch (ReviewRuleException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        errors.ForEach(e => ModelState.AddModelError(string.Empty, e));
        return Page();
    }

    private async Task LoadAsync() =>
        Reviewer = await db.Organizations.SingleOrDefaultAsync(o => o.Id == User.OrganizationId()
            && (o.Level == OrgLevel.CountyCommittee || o.Level == OrgLevel.TownshipCommittee));
}
