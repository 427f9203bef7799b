using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Statistics;
using Dangjian.Core.WorkRecords;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.WorkRecords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>
/// The built-in and the county's indicators; adds or replaces a county indicator (same id = replaces), optionally with a
/// clause using it in a sentence of 一、, and removes one (a replaced built-in comes back).
/// </summary>
[Authorize(Policy = Policies.EditReportTemplate)]
public class IndicatorsModel(AppDbContext db, TimeProvider clock, CountyTemplates templates, CountyTemplateEntry entry) : TemplatePageModel(db, clock, templates, entry)
{
    /// <summary>An indicator to start the form from (GET), built-in or the county's.</summary>
    [BindProperty(SupportsGet = true, Name = "id")]
    public string? From { get; set; }

    /// <summary>A county tag to start a new indicator from (GET, "Family:code"): counts its records in its unit.</summary>
    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? FromTag { get; set; }

    [BindProperty]
    public IndicatorForm Form { get; set; } = new();

    [BindProperty]
    public string? RemoveId { get; set; }

    public IReadOnlyList<IndicatorDefinition> Own => Parts.Indicators ?? [];
    public IReadOnlyList<WorkCategory> Categories { get; private set; } = [];
    public IReadOnlyList<RecordTag> Tags { get; private set; } = [];
    public IReadOnlyList<YearlyStatistic> Statistics { get; private set; } = [];

    /// <summary>Where a clause can go: every sentence of 一、 and a new sentence in each theme.</summary>
    public IEnumerable<(string Value, string Label)> Places => Themes().SelectMany((t, i) => t.Sentences
        .Select((s, j) => ($"{i + 1}-{j + 1}", $"第{i + 1}段第{j + 1}句：{TemplateText.Sentence(s, Catalog)}"))
        .Append(($"{i + 1}-new", $"第{i + 1}段（{t.Theme}）新增一句")));

    public async Task OnGetAsync()
    {
        await LoadIndicatorsAsync();
        Form = From is not null && Catalog.Find(From) is { } d ? IndicatorForm.From(d)
            : Tags.FirstOrDefault(t => $"{t.Family}:{t.Code}" == FromTag) is { } tag ? IndicatorForm.ForTag(tag) : new IndicatorForm();
    }

    public Task<IActionResult> OnPostAsync() => ChangeAsync(preview: false);

    public Task<IActionResult> OnPostPreviewAsync() => ChangeAsync(preview: true);

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        await LoadIndicatorsAsync();
        if (County is null || Own.All(d => d.Id != RemoveId))
        {
            return RedirectToPage();
        }

        var left = Own.Where(d => d.Id != RemoveId).ToList();
        return await ApplyAsync(Parts with { Indicators = left.Count == 0 ? null : left }, preview: false, $"已删除本县指标“{RemoveId}”。");
    }

    private async Task<IActionResult> ChangeAsync(bool preview)
    {
        await LoadIndicatorsAsync();
        if (County is null)
        {
            return Page();
        }

        foreach (var (field, message) in Form.Errors())
        {
            ModelState.AddModelError(field, message);
        }

        var definition = Form.ToDefinition();
        var (themes, placeError) = Form.AddClause(Themes(), definition);
        if (placeError is not null)
        {
            ModelState.AddModelError("Form.Place", placeError);
        }

        var parts = themes is null ? Parts : WithThemes(themes);
        var candidate = parts with { Indicators = [.. Own.Where(d => d.Id != definition.Id), definition] };
        var what = IndicatorCatalog.Builtin.Find(definition.Id) is null ? "本县指标" : "替换内置指标";
        return await ApplyAsync(candidate, preview, $"已保存{what}“{definition.Name}”{(themes is null ? "" : "，并加入一、的句子")}。");
    }

    private async Task LoadIndicatorsAsync()
    {
        await LoadAsync();
        Categories = await WorkCategoryChoices.VisibleAsync(Db);
        Tags = await Db.RecordTags.AsNoTracking().Include(t => t.Parent).OrderBy(t => t.Family).ThenBy(t => t.Code).ToListAsync();
        Statistics = await Db.YearlyStatistics.AsNoTracking().OrderBy(y => y.SortOrder).ThenBy(y => y.Id).ToListAsync();
    }
}
