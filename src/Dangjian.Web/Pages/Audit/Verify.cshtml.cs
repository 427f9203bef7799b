using System.Security.Cryptography;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Audit;

/// <summary>
/// Walks the whole chain (page by page, never the whole table at once) and reports the first broken link; with an
/// uploaded checkpoint, also whether the chain still holds what the checkpoint recorded.
/// </summary>
public class VerifyModel(AppDbContext db, IAuditKey key, AuditCheckpoints checkpoints) : PageModel
{
    private const int MaxCheckpointBytes = 16 * 1024;

    public AuditVerification Result { get; private set; } = null!;

    public CheckpointCheck? Check { get; private set; }

    public string? CheckpointSha256 { get; private set; }

    public async Task OnGetAsync() => Result = await new AuditVerifier(key).VerifyAsync(db, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(IFormFile? checkpoint)
    {
        Result = await new AuditVerifier(key).VerifyAsync(db, HttpContext.RequestAborted);
        if (checkpoint is null || checkpoint.Length == 0 || checkpoint.Length > MaxCheckpointBytes)
        {
            ModelState.AddModelError("checkpoint", "请选择此前下载的检查点文件（.json，不超过16KB）。");
            return Page();
        }

        using var buffer = new MemoryStream();
        await checkpoint.CopyToAsync(buffer, HttpContext.RequestAborted);
        CheckpointSha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
        try
        {
            var parsed = AuditCheckpoint.Parse(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            Check = await checkpoints.CheckAsync(db, parsed, HttpContext.RequestAborted);
        }
        catch (FormatException e)
        {
            ModelState.AddModelError("checkpoint", e.Message);
        }

        return Page();
    }
}
