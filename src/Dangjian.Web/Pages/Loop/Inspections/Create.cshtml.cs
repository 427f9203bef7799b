using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Inspections;

/// <summary>Starts an inspection round. For 两随机 the draw is made here from a fresh seed and recorded with its candidates.</summary>
[Authorize(Policy = Policies.EditLoop)]
public class CreateModel(AppDbContext db, InspectionEntry entry, TimeProvider time) : PageModel
{
    [BindProperty]
    public InspectionForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Organizations { get; private set; } = [];
    public IReadOnlyList<RecordTag> Tags { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        Tags = await VisibleTags.LoadAsync(db, RecordFamily.Inspection);
        var today = time.Today();
        var own = User.OrganizationId();
        Form.StartedOn = today;
        Form.Round = await db.Inspections.CountAsync(i => i.OrganizationId == own && i.Year == today.Year) + 1;
        Form.Targets = [];
    }

    /// <summary>A notice after 全选 / 全不选 (the list is re-rendered by the server: no script needed).</summary>
    public string? Notice { get; private set; }

    public Task OnPostSelectAllAsync() => ReshowAsync(all: true);

    public Task OnPostSelectNoneAsync() => ReshowAsync(all: false);

    private async Task ReshowAsync(bool all)
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        Tags = await VisibleTags.LoadAsync(db, RecordFamily.Inspection);
        ModelState.Clear();
        Form.Targets = all ? Organizations.Select(o => o.Id).ToList() : [];
        Notice = all ? $"已全部勾选（{Form.Targets.Count}个），请核对后保存。" : "已全部取消勾选，请勾选督查对象。";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Organizations = await LoopChoices.BelowAsync(db, User);
        Tags = await VisibleTags.LoadAsync(db, RecordFamily.Inspection);
        var draft = new InspectionDraft(Form.Kind, Form.TagId, Form.Title, Form.StartedOn, Form.Round, Form.Inspectors, Form.Targets, Form.InspectorCount, Form.TargetCount);
        var own = User.OrganizationId();
        if (await FormSaves.SaveAsync(this, () => entry.CheckAsync(own, draft), () => entry.AddAsync(own, draft)) is not { Succeeded: true } result)
        {
            return Page();
        }

        var inspection = await db.Inspections.AsNoTracking().Where(i => i.Id == result.Id).Select(i => new { i.Id, i.Inspectors, Targets = i.Targets.Count }).SingleAsync();
        TempData["Message"] = Form.Kind == InspectionKind.RandomDraw ? $"已随机抽取督查人员{inspection.Inspectors}和督查对象{inspection.Targets}个。" : "已登记督查。";
        return RedirectToPage("Details", new { id = inspection.Id });
    }
}
