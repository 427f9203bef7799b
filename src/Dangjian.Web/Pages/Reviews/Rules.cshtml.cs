using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// A draft plan's rules (part weights, ballot points, grade thresholds, how many are flagged and how, rectification due
/// date) and objective indicators (weight, direction, target). Saved only when all of it is valid and the plan's version
/// is the one the form showed; otherwise the Chinese reasons are shown and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.EditReviews)]
public class RulesModel(AppDbContext db, ReviewService service, ReviewPlanEntry entry, IAuthorizationService authorization) : PageModel
{
    public const string Conflict = ReviewPlanEntry.Conflict;

    [BindProperty]
    public RulesForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public ReviewPlan Plan { get; private set; } = null!;
    public IndicatorCatalog Catalog { get; private set; } = IndicatorCatalog.Builtin;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var refused = await LoadAsync(id);
        if (refused is not null)
        {
            return refused is ForbidResult ? Back(id, "只有组织评议的党组织可以修改规则和指标。") : refused;
        }

        if (Plan.State != ReviewPlanState.Draft)
        {
            return Back(id, "评议已经开始，不能再修改规则和指标。");
        }

        Form = RulesForm.From(Plan.Rules(), Plan.Indicators);
        Version = Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var (rules, indicators, errors) = Form.Read(Plan.Rules());
        if (errors.Count == 0)
        {
            var result = await entry.SaveRulesAsync(id, rules, indicators, Version);
            if (result.Succeeded)
            {
                return Back(id, "已保存规则和指标。");
            }

            ModelState.Show(result.Errors);
        }

        errors.ForEach(e => ModelState.AddModelError(string.Empty, e));
        return Page();
    }

    private IActionResult Back(int id, string message)
    {
        TempData["Message"] = message;
        return RedirectToPage("Plan", new { id });
    }

    /// <summary>Null when the plan is visible and the user is its reviewer; else 404 or 403.</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        var plan = await service.FindAsync(id);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        if (!(await ReviewAccess.ForAsync(db, authorization, User, plan)).CanEdit)
        {
            return Forbid();
        }

        Catalog = await ReviewAccess.CatalogAsync(service, plan);
        return null;
    }
}
