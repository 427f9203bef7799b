using System.Text.Json;
using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Admin.Roles;
using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Admin.Accounts;

/// <summary>
/// SysAdmin: accounts in bulk from a sheet (upload → every row checked → confirm → all or nothing), then the sheet of
/// first password halves. Accounts get no role here: the security administrator grants them (三员分立).
/// </summary>
public class ImportModel(AccountImport import, PasswordHalves halves, IOptions<ImportOptions> options, IDataProtectionProvider protection,
    ILogger<ImportModel> log) : PageModel
{
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("account-import", User.Identity?.Name ?? "").ToTimeLimitedDataProtector();

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The first halves of the accounts just created, encrypted, for the download form.</summary>
    [BindProperty]
    public string? Halves { get; set; }

    public string? FileProblem { get; private set; }

    public AccountImport.Outcome? Preview { get; private set; }

    public AccountImport.Outcome? Imported { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate()
    {
        using var buffer = new MemoryStream();
        ImportTemplate.Write(buffer, AccountSheet.DataSheetName, AccountSheet.Columns, AccountSheet.Notes);
        return File(buffer.ToArray(), PasswordSheet.ContentType, "批量建账号模板.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var read = await SheetUpload.ReadAsync<AccountRow>(Sheet, options.Value, AccountSheet.IsKnownHeader, AccountSheet.Read, log, HttpContext.RequestAborted);
        (FileProblem, Preview) = (read.FileProblem, read.Problems.Count > 0 ? new AccountImport.Outcome(read.Problems, [], [], []) : null);
        if (read.Rows is { } rows)
        {
            Preview = await import.PreviewAsync(rows, HttpContext.RequestAborted);
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
            Preview = await import.PreviewAsync(rows, HttpContext.RequestAborted);
            ModelState.AddModelError(nameof(Confirm), "请勾选“我已核对预览，确认导入”。");
            return Page();
        }

        Imported = await import.ImportAsync(rows, HttpContext.RequestAborted);
        if (!Imported.Succeeded)
        {
            (Preview, Imported, Payload) = (Imported, null, null);
        }
        else if (Imported.Halves.Count > 0)
        {
            Halves = halves.Protect(Imported.Halves, firstHalf: true);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPasswordsAsync()
    {
        if (await halves.DownloadAsync(Halves, firstHalf: true, HttpContext.RequestAborted) is not { } sheet)
        {
            FileProblem = "下载已过期或无效（导入后一小时内、由导入的管理员本人下载）。请在账号管理中逐个重置这些账号的密码。";
            return Page();
        }

        return File(sheet.Bytes, PasswordSheet.ContentType, sheet.FileName);
    }

    private List<AccountRow>? Unprotect(string? payload)
    {
        try
        {
            return string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<List<AccountRow>>(Protector.Unprotect(payload));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }
}
