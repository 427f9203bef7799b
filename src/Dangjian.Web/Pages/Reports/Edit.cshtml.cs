using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports;

/// <summary>
/// Edits one paragraph of the latest draft as words around figure chips (never raw markers, see <see cref="FigureChips"/>),
/// submits the draft, or starts a new draft from the submitted one. A submitted draft cannot be edited.
/// </summary>
[Authorize(Policy = Policies.EditReports)]
public class EditModel(AppDbContext db, TimeProvider clock, IAuditContext actor, ParagraphEditor editor, ReportDrafts drafts) : PageModel
{
    public const string Conflict = ParagraphEditor.Conflict;

    [BindProperty(SupportsGet = true)]
    public int Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Paragraph { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>提交 freezes the report for good: the user ticks that it was checked (checked here, works without script).</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The key of the refusal shown beside the confirmation box on the draft page.</summary>
    public const string ConfirmRefusal = "SubmitConfirm";

    public Organization? Township { get; private set; }
    public ReportParagraph? Current { get; private set; }
    public FigureChips? Chips { get; private set; }

    public int SelectedYear => Year ?? ReportPages.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (Current is null)
        {
            return RedirectToPage("Draft", new { org = Org, year = SelectedYear });
        }

        Text = Current.Text;
        Version = Current.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (Current is null || Current.Draft!.State == ReportState.Submitted)
        {
            return RedirectWith("该段落不在可修改的草稿中（已提交的报告不能修改）。");
        }

        var result = await editor.SaveAsync(Current.Draft, Township!, Current.Id, Text, Version, actor.UserName);
        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors, prefix: "");

            Chips = await editor.ChipsAsync(Current.Draft, Township!, Text);
            return Page();
        }

        return RedirectWith("已保存。");
    }

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (await drafts.LatestAsync(Org, SelectedYear) is not { State: ReportState.Draft } draft)
        {
            return RedirectWith("没有可提交的草稿。");
        }

        if (!Confirm)
        {
            TempData[ConfirmRefusal] = "提交后报告即定稿、不能再修改：请先勾选“我已核对全文，确认提交”。";
            return RedirectToPage("Draft", new { org = Org, year = SelectedYear });
        }

        return RedirectWith(await drafts.SubmitAsync(draft, actor.UserName)
            ? "已提交，报告已定稿，不能再修改。"
            : "提交失败：该草稿刚被其他人修改或提交过，请查看最新内容后再提交。");
    }

    public async Task<IActionResult> OnPostStartNewAsync()
    {
        if (await LoadAsync() is { } failed)
        {
            return failed;
        }

        if (await drafts.LatestAsync(Org, SelectedYear) is not { State: ReportState.Submitted } submitted)
        {
            return RedirectWith("只有已提交的报告才能由此新建一稿。");
        }

        return RedirectWith(await drafts.StartFromAsync(submitted, actor.UserName) is null
            ? "已有人由该已提交稿新建了草稿，请在最新草稿上修改。"
            : "已由已提交稿新建一稿草稿。");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        Township = await ReportPages.FindAsync(db, Org);
        if (Township is null)
        {
            return NotFound();
        }

        var latest = await drafts.LatestAsync(Org, SelectedYear);
        Current = latest?.Paragraphs.SingleOrDefault(p => p.Id == Paragraph);
        if (Current is not null && HttpMethods.IsGet(Request.Method))
        {
            Chips = await editor.ChipsAsync(latest!, Township, Current.Text);
        }

        return Paragraph is not null && Current is null && HttpMethods.IsGet(Request.Method) ? NotFound() : null;
    }

    private RedirectToPageResult RedirectWith(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage("Draft", new { org = Org, year = SelectedYear });
    }

    public string FigureUrl(string indicatorId) => $"/Reports/Figure?org={Org}&year={SelectedYear}&indicator={Uri.EscapeDataString(indicatorId)}";
}
