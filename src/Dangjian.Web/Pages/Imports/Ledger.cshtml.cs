using System.Security.Claims;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Members.Import;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Imports;

/// <summary>
/// Import of one ledger: upload → every row checked, nothing written → confirm → all or nothing as one batch. Between
/// the two steps the file is kept only encrypted (<see cref="UploadStore"/>) and deleted when the import ends in any way.
/// </summary>
public class LedgerModel(LedgerImport imports, IAuthorizationService authorization, UploadStore uploads, IOptions<ImportOptions> options,
    ILogger<LedgerModel> log) : PageModel
{
    public ILedger Ledger { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public string? FileProblem { get; private set; }
    public string? ConfirmProblem { get; private set; }
    public LedgerCheck? Check { get; private set; }
    public ImportBatch? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await RefuseAsync() ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync()
    {
        if (await RefuseAsync() is { } refused)
        {
            return refused;
        }

        using var buffer = new MemoryStream();
        Ledger.WriteTemplate(buffer);
        return File(buffer.ToArray(), LedgerFiles.Xlsx, $"{Ledger.Title}导入模板.xlsx");
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (await RefuseAsync() is { } refused)
        {
            return refused;
        }

        if (await ScopeAsync() is not { } scope)
        {
            return NotFound();
        }

        if (await SaveAsync(scope) is not { } upload)
        {
            return Page();
        }

        Check = await RunAsync(upload, u => imports.CheckAsync(Ledger, () => Open(u), scope, HttpContext.RequestAborted));
        if (Check is null || !Check.Succeeded || Check.NewKeys.Count == 0)
        {
            uploads.Delete(upload.Token);
            return Page();
        }

        Token = upload.Token;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (await RefuseAsync() is { } refused)
        {
            return refused;
        }

        if (await ScopeAsync() is not { } scope)
        {
            return NotFound();
        }

        var upload = uploads.Find(Token, UserId());
        if (upload is null || upload.OrganizationId != scope.Root.Id)
        {
            FileProblem = "预览已过期或无效，请重新上传文件。";
            Token = null;
            return Page();
        }

        if (!Confirm)
        {
            Check = await RunAsync(upload, u => imports.CheckAsync(Ledger, () => Open(u), scope, HttpContext.RequestAborted));
            ConfirmProblem = "请勾选“我已核对预览，确认导入”。";
            return Page();
        }

        try
        {
            var result = await RunAsync(upload, async u =>
            {
                var (check, batch) = await imports.ImportAsync(Ledger, () => Open(u), scope, upload.FileName, HttpContext.RequestAborted);
                Imported = batch;
                return check;
            });
            Check = Imported is null ? result : null;
        }
        finally
        {
            uploads.Delete(upload.Token);
            Token = null;
        }

        return Page();
    }

    /// <summary>An unknown ledger leads back to the list; a ledger whose records the user does not enter is refused.</summary>
    private async Task<IActionResult?> RefuseAsync()
    {
        Ledger = imports.Find(Kind)!;
        if (Ledger is null)
        {
            return RedirectToPage("Index");
        }

        return await authorization.MayAsync(User, Ledger) ? null : Forbid();
    }

    private Task<LedgerScope?> ScopeAsync() => imports.ScopeAsync(User.OrganizationId(), User.Name(), HttpContext.RequestAborted);

    private async Task<UploadStore.Upload?> SaveAsync(LedgerScope scope)
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

        using var content = new MemoryStream();
        await Sheet.CopyToAsync(content, HttpContext.RequestAborted);
        FileProblem = RosterFile.Check(content, Sheet.FileName, options.Value, out var format);
        if (FileProblem is not null)
        {
            return null;
        }

        content.Position = 0;
        var token = await uploads.SaveAsync(content, format, Sheet.FileName, UserId(), scope.Root.Id, HttpContext.RequestAborted);
        return uploads.Find(token, UserId());
    }

    private RosterReader Open(UploadStore.Upload upload) =>
        RosterReader.Open(uploads.Open(upload) ?? throw new InvalidDataException("upload gone"), upload.Format, Ledger.IsKnownHeader);

    /// <summary>Runs a step over the upload; a sheet that cannot be read becomes the Chinese problem beside the file input.</summary>
    private async Task<LedgerCheck?> RunAsync(UploadStore.Upload upload, Func<UploadStore.Upload, Task<LedgerCheck>> step)
    {
        try
        {
            return await step(upload);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Ledger sheet {File} could not be read", upload.FileName);
            uploads.Delete(upload.Token);
            Token = null;
            FileProblem = $"文件无法读取：内容已损坏或不是{Ledger.Title}表格。请在 Excel 或 WPS 中打开后另存为 .xlsx 再上传，或使用下载的模板。";
            return null;
        }
    }

    private int UserId() => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
}
