using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Operations;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Building.Projects;

/// <summary>What the create and edit pages of a project share: the form, its choices and the save.</summary>
public abstract class ProjectEditorModel(AppDbContext db, ProjectEntry entry) : KindedEditorModel<ProjectForm>(db, GuidanceFamily.Project)
{
    protected Task<IActionResult> SaveAsync(int? id) => SaveAsync(() => entry.CheckAsync(Form.Draft), () => entry.SaveAsync(id, Form.Draft, User.Name()));

    protected override IActionResult Saved(EntryResult result)
    {
        TempData["Message"] = $"已保存项目“{Form.Name!.Trim()}”。";
        return RedirectToPage("Index", new { year = Form.StartedOn!.Value.Year });
    }
}
