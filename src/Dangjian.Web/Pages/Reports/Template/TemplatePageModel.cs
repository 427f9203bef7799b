using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
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
public abstract class TemplatePageModel(AppDbContext db, TimeProvider clock, CountyTemplates templates, CountyTemplateEntry entry) : PageModel
{
    public const string Conflict = CountyTemplateEntry.Conflict;

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

        var row = await templates.FindAsync(County.Id);
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

        var trial = PreviewTownship ?? Townships.FirstOrDefault();
        if (preview || !ModelState.IsValid)
        {
            foreach (var error in await entry.CheckAsync(candidate, trial, Year))
            {
                ModelState.AddModelError(string.Empty, error);
            }

            if (!ModelState.IsValid || !preview)
            {
                return Page();
            }

            if (PreviewTownship is not { } township)
            {
                ModelState.AddModelError(string.Empty, "请选择本县的一个乡镇预览。");
                return Page();
            }

            Preview = await entry.PreviewAsync(candidate, township, Year);
            return Page();
        }

        var result = await entry.SaveAsync(County!.Id, candidate, Version, trial, Year);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
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
