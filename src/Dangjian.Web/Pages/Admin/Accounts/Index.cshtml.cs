using Dangjian.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Admin.Accounts;

public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<AccountList.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await AccountList.LoadAsync(db, time.GetUtcNow());
}
