using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Audit;

/// <summary>Walks the whole chain (page by page, never the whole table at once) and reports the first broken link.</summary>
public class VerifyModel(AppDbContext db, IAuditKey key) : PageModel
{
    public AuditVerification Result { get; private set; } = null!;

    public async Task OnGetAsync() => Result = await new AuditVerifier(key).VerifyAsync(db, HttpContext.RequestAborted);
}
