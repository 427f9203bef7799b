using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Members.Import;

[Authorize(Policy = Policies.EditMembers)]
public class ResultModel : PageModel
{
    public string? Message { get; private set; }
    public int? Org { get; private set; }

    public void OnGet(int? org)
    {
        Org = org;
        Message = TempData["ImportResult"] as string;
    }
}
