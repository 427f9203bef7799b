using System.Text.Json;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Organizations;
using Dangjian.Core.Organizations.Import;
using Dangjian.Core.Members.Import;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Organizations;

/// <summary>
/// Organization-tree import below the user's own organization: upload → every row checked (nothing written) → confirm →
/// all or nothing. The checked rows travel to the confirm step inside the page, encrypted and signed, so nothing of
/// the upload is ever written to disk.
/// </summary>
[Authorize(Policy = Policies.EditOrganizations)]
public class ImportModel(AppDbContext db, OrganizationImport import, IOptions<ImportOptions> options, IDataProtectionProvider protection,
    ILogger<ImportModel> log) : PageModel
{
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("organization-import").ToTimeLimitedDataProtector();

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public Organization Root { get; private set; } = null!;

    /// <summary>What is wrong with the upload itself, shown beside the file input.</summary>
    public string? FileProblem { get; private set; }

    public OrganizationImport.Outcome? Preview { get; private set; }

    public OrganizationImport.Outcome? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadRootAsync() ? Page() : NotFound();

    public IActionResult OnGetTemplate()
    {
        using var buffer = new MemoryStream();
        ImportTemplate.Write(buffer, OrganizationSheet.DataSheetName, OrganizationSheet.Columns, OrganizationSheet.Notes);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "组织架构导入模板.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!await LoadRootAsync())
        {
            return NotFound();
        }

        if (await ReadAsync() is not { } rows)
        {
            return Page();
        }

        Preview = await import.PreviewAsync(rows, Root, HttpContext.RequestAborted);
        if (Preview.Succeeded)
        {
            Payload = Protector.Protect(JsonSerializer.Serialize(rows), TimeSpan.FromHours(1));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (!await LoadRootAsync())
        {
            return NotFound();
        }

        var rows = Unprotect(Payload);
        if (rows is null)
        {
            FileProblem = "预览已过期或无效，请重新上传文件。";
            return Page();
        }

        if (!Confirm)
        {
            Preview = await import.PreviewAsync(rows, Root, HttpContext.RequestAborted);
            ModelState.AddModelError(nameof(Confirm), "请勾选“我已核对预览，确认导入”。");
            return Page();
        }

        Imported = await import.ImportAsync(rows, Root, HttpContext.RequestAborted);
        if (!Imported.Succeeded)
        {
            Preview = Imported;
            Imported = null;
            Payload = null;
        }

        return Page();
    }

    private async Task<bool> LoadRootAsync()
    {
        var id = User.OrganizationId();
        Root = (await db.Organizations.Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.IsActive, HttpContext.RequestAborted))!;
        return Root is not null;
    }

    private async Task<IReadOnlyList<OrganizationRow>?> ReadAsync()
    {
        if (Sheet is null || Sheet.Length == 0)
        {
            FileProblem = Sheet is null ? "请选择要上传的文件。" : "上传的文件是空的。";
            return null;
        }

        if (Sheet.Length > options.Value.MaxUploadBytes)
        {
            FileProblem = RosterFile.TooLarge(options.Value.MaxUploadBytes);
            return null;
        }

        var buffer = new MemoryStream();
        await Sheet.CopyToAsync(buffer, HttpContext.RequestAborted);
        FileProblem = RosterFile.Check(buffer, Sheet.FileName, options.Value, out var format);
        if (FileProblem is not null)
        {
            return null;
        }

        try
        {
            using var reader = RosterReader.Open(buffer, format, OrganizationSheet.IsKnownHeader);
            var (rows, problems) = OrganizationSheet.Read(reader);
            if (problems.Count > 0)
            {
                Preview = new OrganizationImport.Outcome(problems, [], [], 0);
                return null;
            }

            return rows;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Organization sheet {File} could not be read", Sheet.FileName);
            FileProblem = "文件无法读取：内容已损坏或不是本系统的组织架构表格。请在 Excel 或 WPS 中打开后另存为 .xlsx 再上传，或使用下载的模板。";
            return null;
        }
    }

    private IReadOnlyList<OrganizationRow>? Unprotect(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<OrganizationRow>>(Protector.Unprotect(payload));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
