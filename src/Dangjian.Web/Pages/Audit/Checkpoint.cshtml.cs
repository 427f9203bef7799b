using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dangjian.Core.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Audit;

/// <summary>
/// The auditor downloads a signed checkpoint of the chain head and keeps it off the host (with its SHA-256 noted on
/// paper or elsewhere); verifying later against that file reveals a truncated or recomputed chain.
/// </summary>
public class CheckpointModel(CheckpointExport export, CheckpointKey key) : PageModel
{
    public string Fingerprint => key.Fingerprint;

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        var (checkpoint, verification) = await export.IssueAsync(HttpContext.RequestAborted);
        if (checkpoint is null)
        {
            Problem = $"审计日志已不完整，不能签发检查点：{verification.Describe()}";
            return Page();
        }

        var bytes = Encoding.UTF8.GetBytes(checkpoint.ToJson());
        Response.Headers["X-Checkpoint-Sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return File(bytes, "application/json",
            $"audit-checkpoint-{checkpoint.LastSequence.ToString(CultureInfo.InvariantCulture)}.json");
    }
}
