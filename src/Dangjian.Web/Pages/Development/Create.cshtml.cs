using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Development;

[Authorize(Policy = Policies.EditDevelopment)]
public class CreateModel(AppDbContext db, DevelopmentPipeline pipeline, TimeProvider time) : PageModel
{
    [BindProperty]
    public CaseForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Branches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? org)
    {
        await LoadAsync();
        if (org is { } id && !await db.Organizations.AnyAsync(o => o.Id == id))
        {
            return NotFound();
        }

        Form = new CaseForm { OrganizationId = org, AppliedOn = time.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Form.OrganizationId is { } id && Branches.All(b => b.Id != id))
        {
            ModelState.AddModelError("Form.OrganizationId", "请选择本人管辖范围内的党组织");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var c = new DevelopmentCase
        {
            OrganizationId = Form.OrganizationId!.Value, Name = Form.Name.Trim(), Sex = Form.Sex, BirthDate = Form.BirthDate!.Value,
            Education = Form.Education, AppliedOn = Form.AppliedOn!.Value,
        };
        var (_, findings) = await pipeline.StartAsync(c, time.Today());
        if (findings.FirstOrDefault(f => f.Severity == Severity.Block) is { } block)
        {
            ModelState.AddModelError("Form.AppliedOn", block.Message);
            return Page();
        }

        TempData["Message"] = $"已登记{c.Name}的入党申请。";
        return RedirectToPage("Details", new { id = c.Id });
    }

    private async Task LoadAsync() =>
        Branches = await db.Organizations.AsNoTracking()
            .Where(o => o.IsActive && o.Level != OrgLevel.CountyCommittee && o.Level != OrgLevel.TownshipCommittee)
            .OrderBy(o => o.Path).ToListAsync();
}
