using System.Text.Json;
using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Admin.Roles;
using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Admin.Roles;

/// <summary>
/// SecAdmin: roles and scope for accounts without roles, in bulk from a sheet (upload → every row checked → confirm →
/// all or nothing), then the sheet of the second password halves released with the grant (三员分立).
/// </summary>
public class ImportModel(RoleGrants grants, PasswordHalves halves, IOptions<ImportOptions> options, IDataProtectionProvider protection,
    ILogger<ImportModel> log) : PageModel
{
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("grant-import", User.Identity?.Name ?? "").ToTimeLimitedDataProtector();

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The second halves released with the grant, encrypted, for the download form.</summary>
    [BindProperty]
    public string? Halves { get; set; }

    public string? FileProblem { get; private set; }

    public RoleGrants.Outcome? Preview { get; private set; }

    public RoleGrants.Outcome? Imported { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate()
    {
        using var buffer = new MemoryStream();
        ImportTemplate.Write(buffer, GrantSheet.DataSheetName, GrantSheet.Columns, GrantSheet.Notes);
        return File(buffer.ToArray(), PasswordSheet.ContentType, "批量授权模板.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        var read = await SheetUpload.ReadAsync<GrantRow>(Sheet, options.Value, GrantSheet.IsKnownHeader, GrantSheet.Read, log, HttpContext.RequestAborted);
        (FileProblem, Preview) = (read.FileProblem, read.Problems.Count > 0 ? new RoleGrants.Outcome(read.Problems, [], [], []) : null);
        if (read.Rows is { } rows)
        {
            Preview = await grants.PreviewAsync(rows, HttpContext.RequestAborted);
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
            Preview = await grants.PreviewAsync(rows, HttpContext.RequestAborted);
            ModelState.AddModelError(nameof(Confirm), "请勾选“我已核对预览，确认授权”。");
            return Page();
        }

        Imported = await grants.ImportAsync(rows, HttpContext.RequestAborted);
        if (!Imported.Succeeded)
        {
            (Preview, Imported, Payload) = (Imported, null, null);
        }
        else if (Imported.Halves.Count > 0)
        {
            Halves = halves.Protect(Imported.Halves, firstHalf: false);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPasswordsAsync()
    {
        if (await halves.DownloadAsync(Halves, firstHalf: false, HttpContext.RequestAborted) is not { } sheet)
        {
            FileProblem = "下载已过期或无效（导入后一小时内、由导入的管理员本人下载）。请让系统管理员逐个重置这些账号的密码。";
            return Page();
        }

        return File(sheet.Bytes, PasswordSheet.ContentType, sheet.FileName);
    }

    private List<GrantRow>? Unprotect(string? payload)
    {
        try
        {
            return string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<List<GrantRow>>(Protector.Unprotect(payload));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }
}
