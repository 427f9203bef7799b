using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members.Import;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members.Import;

/// <summary>
/// Steps 2–3 of the roster import: column mapping (guessed from the headers, or the organization's remembered preset),
/// a preview validating every row, and the import itself. The import runs as a background job (one transaction, with
/// the user's scope and audit identity captured from this request) while the Progress page shows the rows processed.
/// </summary>
[Authorize(Policy = Policies.EditMembers)]
public class MapModel(AppDbContext db, UploadStore uploads, MemberImporter importer, ImportJobs jobs, BackgroundImport background, TimeProvider time,
    ImportPresetEntry presets)
    : PageModel
{
    public const int ErrorsShown = 200;

    [BindProperty(SupportsGet = true, Name = "file")]
    public string? Token { get; set; }

    /// <summary>Field → 0-based column; -1 (or absent) means not imported.</summary>
    [BindProperty]
    public Dictionary<RosterField, int> Map { get; set; } = [];

    public UploadStore.Upload Upload { get; private set; } = null!;
    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<string> Headers { get; private set; } = [];
    public int HeaderRow { get; private set; }
    public ColumnMapping Mapping { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public const string QueueFull = "等待导入的名册太多，本次未开始导入，请稍后再点导入。";

    /// <summary>Set when the import queue is full.</summary>
    public string? Busy { get; private set; }
    public ImportReport? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            TempData["Message"] = "上传的文件已处理、已过期或不存在，请重新上传。";
            return RedirectToPage("Index");
        }

        var preset = await db.ImportPresets.AsNoTracking().Where(p => p.OrganizationId == Org.Id).Select(p => p.Mapping).FirstOrDefaultAsync();
        return await PreviewAsync(ColumnMapping.FromPreset(preset, Headers));
    }

    public async Task<IActionResult> OnPostCheckAsync() =>
        await LoadAsync() ? await PreviewAsync(Posted()) : NotFound();

    public async Task<IActionResult> OnPostImportAsync(bool validOnly = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var mapping = Posted();
        if (mapping.Problems().Count > 0)
        {
            return await PreviewAsync(mapping);
        }

        await presets.SaveAsync(Org.Id, mapping, User.Name());
        if (jobs.Start(Upload.UserId, Org.Id, Upload.FileName, Upload.Token, background.Prepare(Upload, Org, mapping, validOnly)) is not { } job)
        {
            Busy = QueueFull;
            return await PreviewAsync(mapping);
        }

        return RedirectToPage("Progress", new { job = job.Id });
    }

    public async Task<IActionResult> OnPostCancelAsync()
    {
        if (await LoadAsync())
        {
            uploads.Delete(Upload.Token);
        }

        return RedirectToPage("Index");
    }

    private ColumnMapping Posted() => new(Headers, Map.Where(m => m.Value >= 0).ToDictionary());

    private async Task<IActionResult> PreviewAsync(ColumnMapping mapping)
    {
        Mapping = mapping;
        Problems = mapping.Problems();
        if (Problems.Count == 0 && uploads.Open(Upload) is { } content)
        {
            var target = await ImportTarget.ForAsync(db, Org);
            using var reader = RosterReader.Open(content, Upload.Format);
            Preview = await importer.PreviewAsync(reader, mapping, target, time.Today());
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var userId = int.Parse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "0", CultureInfo.InvariantCulture);
        if (uploads.Find(Token, userId) is not { } upload)
        {
            return false;
        }

        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == upload.OrganizationId && o.IsActive);
        if (org is null)
        {
            return false;
        }

        if (uploads.Open(upload) is not { } content)
        {
            return false;
        }

        Upload = upload;
        Org = org;
        using var reader = RosterReader.Open(content, upload.Format);
        Headers = reader.Headers;
        HeaderRow = reader.HeaderRow;
        return true;
    }
}
