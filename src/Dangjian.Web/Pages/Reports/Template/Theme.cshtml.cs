using Dangjian.Core.Data;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>
/// One theme of 一、 (<c>theme</c> = 1, 2…; one past the last adds a theme): its words and sentences with figure clauses.
/// Changing a theme gives the county its own copy of 一、; themes equal to the default again follow the default.
/// </summary>
[Authorize(Policy = Policies.EditReportTemplate)]
public class ThemeModel(AppDbContext db, TimeProvider clock, CountyTemplates templates, CountyTemplateEntry entry) : TemplatePageModel(db, clock, templates, entry)
{
    [BindProperty(SupportsGet = true, Name = "theme")]
    public int? Position { get; set; }

    [BindProperty]
    public ThemeForm Form { get; set; } = new();

    public ThemeTemplate? DefaultTheme => (ReportTemplate.Default.Highlights ?? []).ElementAtOrDefault(Index);
    public ThemeTemplate? Current => Themes().ElementAtOrDefault(Index);
    public bool IsNew => Current is null;
    public bool Own => Current is { } t && (DefaultTheme is null || !CountyTemplates.Same(t, DefaultTheme));

    private int Index => (Position ?? 0) - 1;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (County is not null && !Valid)
        {
            return RedirectToPage("Index");
        }

        Form = ThemeForm.From(Current);
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => ChangeAsync(preview: false);

    public Task<IActionResult> OnPostPreviewAsync() => ChangeAsync(preview: true);

    /// <summary>Back to the default theme at this place; a theme the county added is removed.</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        await LoadAsync();
        if (County is null || IsNew)
        {
            return RedirectToPage("Index");
        }

        var themes = Themes();
        Form = ThemeForm.From(Current);
        if (DefaultTheme is { } byDefault)
        {
            themes[Index] = byDefault;
            return await ApplyAsync(WithThemes(themes), preview: false, $"第{Position}段已恢复为默认内容。");
        }

        themes.RemoveAt(Index);
        return await ApplyAsync(WithThemes(themes), preview: false, $"已删除本县增加的第{Position}段。");
    }

    private bool Valid => Index >= 0 && Index <= Themes().Count;

    private async Task<IActionResult> ChangeAsync(bool preview)
    {
        await LoadAsync();
        if (County is null)
        {
            return Page();
        }

        if (!Valid)
        {
            return RedirectToPage("Index");
        }

        foreach (var (field, message) in Form.Errors())
        {
            ModelState.AddModelError(field, message);
        }

        var themes = Themes();
        var theme = Form.ToTemplate();
        if (IsNew)
        {
            themes.Add(theme);
        }
        else
        {
            // highlights name the theme by its key: rewording a theme keeps the key it had (its old words when it had none)
            themes[Index] = theme with { Key = themes[Index].KeyOrTheme };
        }

        return await ApplyAsync(WithThemes(themes), preview, $"已保存“一、履职工作特色和亮点”第{Position}段。");
    }
}
