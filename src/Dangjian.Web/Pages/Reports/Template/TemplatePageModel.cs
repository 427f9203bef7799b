using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>
/// What the template edit pages share: the county edited (the user's own county committee), its stored parts and
/// version, the townships a change can be previewed with, and check → preview or save of a changed template. Nothing is
/// saved when a check fails or the version is stale.
/// </summary>
public abstract class TemplatePageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string Conflict = "保存失败：本县模板刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    /// <summary>The version of the county's template row the form started from (0: the county has no row yet).</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int? PreviewOrg { get; set; }

    [BindProperty]
    public int? PreviewYear { get; set; }

    /// <summary>Null when the user's organization is not a county committee (only a county keeps a template).</summary>
    public Organization? County { get; private set; }

    /// <summary>The parts the county gives, as stored.</summary>
    public ReportTemplate Parts { get; private set; } = new();

    public ReportTemplate Effective => ReportTemplate.Default.With(Parts);
    public IndicatorCatalog Catalog => IndicatorCatalog.Builtin.With(Parts.Indicators ?? []);
    public IReadOnlyList<Organization> Townships { get; private set; } = [];
    public ComposedReport? Preview { get; private set; }
    public Organization? PreviewTownship { get; private set; }
    public int Year => PreviewYear ?? ReportPages.Today(clock).Year;

    protected AppDbContext Db => db;

    protected async Task LoadAsync()
    {
        var own = await ReportPages.FindAsync(db, User.OrganizationId());
        County = own?.Level == OrgLevel.CountyCommittee ? own : null;
        if (County is null)
        {
            return;
        }

        var row = await new CountyTemplates(db).FindAsync(County.Id);
        Parts = CountyTemplates.Parts(row);
        if (HttpMethods.IsGet(Request.Method))
        {
            Version = row?.Version ?? 0;
        }

        Townships = await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee).OrderBy(o => o.Path).ToListAsync();
        PreviewTownship = PreviewOrg is { } chosen ? Townships.FirstOrDefault(t => t.Id == chosen) : Townships.FirstOrDefault();
    }

    /// <summary>Checks the county's changed parts, then composes the preview township's report with them or saves them.</summary>
    protected async Task<IActionResult> ApplyAsync(ReportTemplate candidate, bool preview, string saved)
    {
        if (PreviewYear is < 2000 or > 2100)
        {
            ModelState.AddModelError(string.Empty, "请填写正确的预览年度。");
            return Page();
        }

        var categories = (await db.WorkCategories.Select(c => c.Code).Distinct().ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var tags = (await db.RecordTags.Select(t => new { t.Family, t.Code }).ToListAsync()).Select(t => $"{t.Family}:{t.Code}").ToHashSet(StringComparer.Ordinal);
        var errors = ReportTemplateCheck.Errors(candidate, IndicatorService.BuiltinSources.Select(s => s.Name), categories, tags);
        if (errors.Count == 0 && (PreviewTownship ?? Townships.FirstOrDefault()) is { } trial)
        {
            errors = await ReportTemplateCheck.TrialAsync(db, candidate, trial, Year, ReportPages.Today(clock));
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (preview)
        {
            if (PreviewTownship is not { } township)
            {
                ModelState.AddModelError(string.Empty, "请选择本县的一个乡镇预览。");
                return Page();
            }

            Preview = await new ReportComposer(db, ReportPages.Today(clock)).ComposeAsync(new ReportInput(township, Year), ReportTemplate.Default.With(candidate));
            return Page();
        }

        if (!await new CountyTemplates(db).SaveAsync(County!.Id, candidate, Version))
        {
            ModelState.AddModelError(string.Empty, Conflict);
            return Page();
        }

        TempData["Message"] = saved;
        return RedirectToPage("Index");
    }

    /// <summary>The county's themes of 一、 to change: its own copy, or the default's when it has none yet.</summary>
    protected List<ThemeTemplate> Themes() => [.. Effective.Highlights ?? []];

    /// <summary>The parts with these themes; themes equal to the default's are given back to the default (null).</summary>
    protected ReportTemplate WithThemes(List<ThemeTemplate> themes) =>
        Parts with { Highlights = CountyTemplates.Same(themes, ReportTemplate.Default.Highlights ?? []) ? null : themes };
}
