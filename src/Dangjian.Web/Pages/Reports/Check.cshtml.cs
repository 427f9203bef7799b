using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Check;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Reports;

/// <summary>
/// 述职报告体检 (issue #17): a township's report for a year (pasted, a .docx/.txt upload, or one of its stored drafts)
/// checked for placeholders, web residue, punctuation, years, sections, contradictions and units, with every figure
/// it claims. Nothing is stored: the check is computed on demand.
/// </summary>
public class CheckModel(AppDbContext db, TimeProvider clock, IOptions<ReportCheckOptions> options, RecordCheck records) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "draft")]
    public int? DraftId { get; set; }

    [BindProperty]
    public CheckInput Input { get; set; } = new();

    public Organization? Township { get; private set; }
    public IReadOnlyList<(int Id, int Number, ReportState State)> Drafts { get; private set; } = [];
    public ReportCheckResult? Result { get; private set; }
    public string? Checked { get; private set; }

    /// <summary>Each claimed figure against the records of the township and year (same order as the result's figures).</summary>
    public IReadOnlyList<CheckedFigure> Against { get; private set; } = [];

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;
    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(bool tooLarge = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (tooLarge)
        {
            ModelState.AddModelError("Input.Upload", ReportFile.TooLarge(MaxBytes));
        }

        if (DraftId is { } id)
        {
            return await CheckDraftAsync(id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Input.Draft is { } id)
        {
            return await CheckDraftAsync(id);
        }

        ReportFileText read;
        if (Input.Upload is { } upload)
        {
            await using var stream = new MemoryStream();
            if (upload.Length <= MaxBytes)
            {
                await upload.CopyToAsync(stream);
            }

            read = upload.Length > MaxBytes ? new ReportFileText(null, ReportFile.TooLarge(MaxBytes)) : ReportFile.Read(stream, upload.FileName, options.Value);
            Checked = upload.FileName;
        }
        else
        {
            read = ReportFile.Checkable(Input.Text ?? "", options.Value);
            Checked = "粘贴的文字";
        }

        if (read.Text is null)
        {
            ModelState.AddModelError(Input.Upload is null ? "Input.Text" : "Input.Upload", read.Problem!);
            Checked = null;
            return Page();
        }

        await CheckAsync(read.Text);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return false;
        }

        var drafts = await db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == Org && d.Year == SelectedYear)
            .OrderByDescending(d => d.Id).Select(d => new { d.Id, d.Number, d.State }).ToListAsync();
        Drafts = drafts.Select(d => (d.Id, d.Number, d.State)).ToList();
        return true;
    }

    private async Task<IActionResult> CheckDraftAsync(int id)
    {
        var draft = await db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures)
            .SingleOrDefaultAsync(d => d.Id == id && d.OrganizationId == Org && d.Year == SelectedYear);
        if (draft is null)
        {
            return NotFound();
        }

        var report = await RenderedReport.RenderAsync(db, draft, Township!, ReportPages.Today(clock));
        Checked = $"第{draft.Number}稿（{(draft.State == ReportState.Submitted ? "已提交" : "草稿")}）";
        await CheckAsync(report.PlainText());
        return Page();
    }

    private async Task CheckAsync(string text)
    {
        Result = ReportChecker.Check(text, SelectedYear);
        Against = await records.CompareAsync(Township!, SelectedYear, Result);
    }
}

public sealed class CheckInput
{
    /// <summary>Pasted report text.</summary>
    public string? Text { get; set; }

    public IFormFile? Upload { get; set; }

    /// <summary>A stored draft of the township's year to check instead.</summary>
    public int? Draft { get; set; }
}
