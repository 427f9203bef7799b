using Dangjian.Core.Audit;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reports.Highlights;

/// <summary>
/// 标为亮点: the township writes, for one record it may see, what was done, where and with what result, and chooses the
/// theme of 一、 it belongs to; the next draft of the report weaves it in. A record out of scope answers 404.
/// </summary>
[Authorize(Policy = Policies.EditReports)]
public class EditModel(HighlightEntry entry, HighlightRecords records, IAuditContext actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public HighlightSource Kind { get; set; }

    [BindProperty]
    public HighlightForm Form { get; set; } = new();

    public HighlightRecord? Record { get; private set; }
    public Highlight? Existing { get; private set; }
    public IReadOnlyList<(string Key, string Theme)> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Form = Existing is { } h ? HighlightForm.From(h) : HighlightForm.For(Record!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await entry.SaveAsync(Kind, Id, Form.ToDraft(), actor.UserName);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = $"已标为亮点，生成{Record!.HappenedOn.Year}年度述职报告时写入“一、”。";
        return RedirectToPage("Index", new { year = Record.HappenedOn.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await entry.RemoveAsync(Kind, Id, Form.Version);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Show(result.Errors);
            return Page();
        }

        TempData["Message"] = "已取消亮点。";
        return RedirectToPage("Index", new { year = Record!.HappenedOn.Year });
    }

    private async Task<bool> LoadAsync()
    {
        if (!Enum.IsDefined(Kind))
        {
            return false;
        }

        Record = await records.FindAsync(Kind, Id);
        if (Record is null)
        {
            return false;
        }

        Existing = await entry.FindAsync(Kind, Id);
        Themes = await entry.ThemesAsync(Record.OrganizationId);
        return true;
    }
}
