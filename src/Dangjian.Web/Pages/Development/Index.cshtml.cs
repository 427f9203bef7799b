using Dangjian.Core.Development;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Development;

/// <summary>Every open case in scope with what is due next; overdue and due-soon first.</summary>
public class IndexModel(DueList dueList, TimeProvider time) : PageModel
{
    public IReadOnlyList<DueItem> Items { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool DueOnly { get; private set; }
    public Pager Pager { get; private set; } = null!;

    /// <summary>All listed cases and the overdue ones, over all pages.</summary>
    public (int Cases, int Overdue) Totals { get; private set; }

    public const int SoonDays = 30;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? number, bool due = false)
    {
        Today = time.Today();
        DueOnly = due;
        var all = await dueList.LoadAsync(null);
        var listed = due ? all.Where(i => i.Next.IsDueWithin(Today, SoonDays) || i.Next.Earliest is { } e && e <= Today).ToList() : all;
        Totals = (listed.Count, listed.Count(i => i.Next.IsOverdue(Today)));
        (Pager, Items) = Pager.PageOf(listed, number, "/Development", new Dictionary<string, string?> { ["due"] = due ? "true" : null });
    }

    public string Status(NextDue next) =>
        next.IsOverdue(Today) ? "已逾期" : next.IsDueWithin(Today, SoonDays) ? "即将到期" : next.Earliest is { } e && e > Today ? "未到时间" : "可办理";
}
