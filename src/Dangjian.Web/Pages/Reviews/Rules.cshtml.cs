using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reviews;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// A draft plan's rules (part weights, ballot points, grade thresholds, how many are flagged and how, rectification due
/// date) and objective indicators (weight, direction, target). Saved only when all of it is valid and the plan's version
/// is the one the form showed; otherwise the Chinese reasons are shown and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.EditReviews)]
public class RulesModel(AppDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public const string Conflict = "保存失败：评议方案刚被其他人修改过，请刷新页面查看最新内容后再修改。";

    [BindProperty]
    public RulesForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public ReviewPlan Plan { get; private set; } = null!;
    public IndicatorCatalog Catalog { get; private set; } = IndicatorCatalog.Builtin;

    private ReviewService Service => new(db, clock);

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
            try
            {
                await Service.SaveRulesAsync(Plan, rules, indicators, Version);
                return Back(id, "已保存规则和指标。");
            }
            catch (ReviewRuleException e)
            {
                errors.AddRange(e.Errors);
            }
            catch (DbUpdateConcurrencyException)
            {
                errors.Add(Conflict);
            }
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
        var plan = await Service.FindAsync(id);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        if (!(await ReviewAccess.ForAsync(db, authorization, User, plan)).CanEdit)
        {
            return Forbid();
        }

        Catalog = await ReviewAccess.CatalogAsync(Service, plan);
        return null;
    }
}
