using Dangjian.Core.Data;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>The county's title pattern, opening and 三、 wording; each part can go back to the default.</summary>
[Authorize(Policy = Policies.EditReportTemplate)]
public class WordingModel(AppDbContext db, TimeProvider clock, CountyTemplates templates, CountyTemplateEntry entry) : TemplatePageModel(db, clock, templates, entry)
{
    /// <summary>The parts this page can give back to the default, by the name posted with a reset.</summary>
    public static readonly IReadOnlyDictionary<string, (string Label, Func<ReportTemplate, bool> Own, Func<ReportTemplate, ReportTemplate> Reset)> ResettableParts =
        new Dictionary<string, (string, Func<ReportTemplate, bool>, Func<ReportTemplate, ReportTemplate>)>
        {
            ["title"] = ("标题", t => t.Title is not null, t => t with { Title = null }),
            ["opening"] = ("开头", t => t.Opening is not null, t => t with { Opening = null }),
            ["themes"] = ("一、履职工作特色和亮点（各段）", t => t.Highlights is not null, t => t with { Highlights = null }),
            ["problems"] = ("二、存在问题的规则", t => t.Problems is not null, t => t with { Problems = null }),
            ["next-steps"] = ("三、的开头", t => t.NextStepsLead is not null, t => t with { NextStepsLead = null }),
            ["measures"] = ("默认措施", t => t.DefaultMeasures is not null, t => t with { DefaultMeasures = null }),
        };

    [BindProperty]
    public WordingForm Form { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Form = WordingForm.From(Effective);
    }

    public Task<IActionResult> OnPostAsync() => ChangeAsync(preview: false);

    public Task<IActionResult> OnPostPreviewAsync() => ChangeAsync(preview: true);

    public async Task<IActionResult> OnPostResetAsync(string? part)
    {
        await LoadAsync();
        if (County is null || part is null || !ResettableParts.TryGetValue(part, out var reset))
        {
            return RedirectToPage("Index");
        }

        Form = WordingForm.From(Effective);
        return await ApplyAsync(reset.Reset(Parts), preview: false, $"“{reset.Label}”已恢复为默认内容。");
    }

    private async Task<IActionResult> ChangeAsync(bool preview)
    {
        await LoadAsync();
        if (County is null)
        {
            return Page();
        }

        foreach (var (field, message) in Form.Errors())
        {
            ModelState.AddModelError(field, message);
        }

        return await ApplyAsync(Form.ApplyTo(Parts), preview, "已保存本县述职报告的标题、开头和下一步工作的措辞。");
    }
}
