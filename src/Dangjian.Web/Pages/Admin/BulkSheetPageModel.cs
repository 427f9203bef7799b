using System.Text.Json;
using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Admin;

/// <summary>What one bulk sheet page differs by: its sheet, its template, which password half it hands out, its wording.</summary>
public sealed record BulkSheet<TRow>(
    string Purpose,
    string TemplateName,
    Action<Stream> WriteTemplate,
    Func<string?, bool> IsKnownHeader,
    Func<RosterReader, (IReadOnlyList<TRow> Rows, IReadOnlyList<ImportProblem> Problems)> Read,
    bool FirstHalf,
    string ConfirmMessage,
    string DownloadProblem);

/// <summary>
/// A bulk account step from a sheet (upload → every row checked → confirm → all or nothing), then the sheet of password
/// halves it released. The checked rows travel inside the page encrypted for an hour, bound to the administrator.
/// </summary>
public abstract class BulkSheetPageModel<TRow, TOutcome>(BulkSheet<TRow> bulk, PasswordHalves halves, IOptions<ImportOptions> options,
    IDataProtectionProvider protection, ILogger log) : PageModel
    where TOutcome : class, IBulkOutcome
{
    private ITimeLimitedDataProtector Protector => protection.CreateProtector(bulk.Purpose, User.Identity?.Name ?? "").ToTimeLimitedDataProtector();

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The password halves just released, encrypted, for the download form.</summary>
    [BindProperty]
    public string? Halves { get; set; }

    public string? FileProblem { get; private set; }

    public TOutcome? Preview { get; private set; }

    public TOutcome? Imported { get; private set; }

    protected abstract Task<TOutcome> PreviewAsync(IReadOnlyList<TRow> rows, CancellationToken ct);

    protected abstract Task<TOutcome> ImportAsync(IReadOnlyList<TRow> rows, CancellationToken ct);

    /// <summary>The outcome of a sheet whose rows could not be read.</summary>
    protected abstract TOutcome Unread(IReadOnlyList<ImportProblem> problems);

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate()
    {
        using var buffer = new MemoryStream();
        bulk.WriteTemplate(buffer);
        return File(buffer.ToArray(), PasswordSheet.ContentType, bulk.TemplateName);
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var read = await SheetUpload.ReadAsync(Sheet, options.Value, bulk.IsKnownHeader, bulk.Read, log, HttpContext.RequestAborted);
        (FileProblem, Preview) = (read.FileProblem, read.Problems.Count > 0 ? Unread(read.Problems) : null);
        if (read.Rows is { } rows)
        {
            Preview = await PreviewAsync(rows, HttpContext.RequestAborted);
            Payload = Preview.Succeeded ? Protector.Protect(JsonSerializer.Serialize(rows), TimeSpan.FromHours(1)) : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        var rows = Unprotect(Payload);
        if (rows is null)
        {
            FileProblem = "预览已过期或无效，请重新上传文件。";
            return Page();
        }

        if (!Confirm)
        {
            Preview = await PreviewAsync(rows, HttpContext.RequestAborted);
            ModelState.AddModelError(nameof(Confirm), bulk.ConfirmMessage);
            return Page();
        }

        Imported = await ImportAsync(rows, HttpContext.RequestAborted);
        if (!Imported.Succeeded)
        {
            (Preview, Imported, Payload) = (Imported, null, null);
        }
        else if (Imported.Halves.Count > 0)
        {
            Halves = halves.Protect(Imported.Halves, bulk.FirstHalf);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPasswordsAsync()
    {
        if (await halves.DownloadAsync(Halves, bulk.FirstHalf, HttpContext.RequestAborted) is not { } sheet)
        {
            FileProblem = bulk.DownloadProblem;
            return Page();
        }

        return File(sheet.Bytes, PasswordSheet.ContentType, sheet.FileName);
    }

    private List<TRow>? Unprotect(string? payload)
    {
        try
        {
            return string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<List<TRow>>(Protector.Unprotect(payload));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }
}
