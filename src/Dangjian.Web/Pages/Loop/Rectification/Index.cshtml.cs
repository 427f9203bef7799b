using Dangjian.Core.Data;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Rectification;

public class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> States = new Dictionary<string, string>
    {
        ["pending"] = "未销号", ["overdue"] = "逾期", ["submitted"] = "待销号", ["signedoff"] = "已销号", ["all"] = "全部",
    };

    public sealed record Row(RectificationItem Item, RectificationState State, string Owner, string Raiser, Escalation? Escalation);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string State { get; private set; } = "pending";
    public DateOnly Today { get; private set; }
    public bool CanRaise { get; private set; }
    public Pager Pager { get; private set; } = null!;

    /// <param name="number">?page=N (the name "page" is the route's own value in Razor Pages, hence FromQuery).</param>
    public async Task OnGetAsync(string? state, [FromQuery(Name = "page")] int? number)
    {
        State = state is not null && States.ContainsKey(state) ? state : "pending";
        Today = time.Today();
        var items = db.RectificationItems.AsNoTracking();
        items = State switch
        {
            "overdue" => items.Where(RectificationStates.Is(RectificationState.Overdue, Today)),
            "submitted" => items.Where(RectificationStates.Is(RectificationState.AwaitingSignOff, Today)),
            "signedoff" => items.Where(RectificationStates.Is(RectificationState.SignedOff, Today)),
            "all" => items,
            _ => items.Where(r => r.SignedOffOn == null || r.SignedOffOn > Today),
        };
        Pager = Pager.Of(number, await items.CountAsync(), "/Loop/Rectification", new Dictionary<string, string?> { ["state"] = State });
        var list = await items.Include(r => r.Organization).OrderBy(r => r.Deadline).ThenBy(r => r.Id).Skip(Pager.Skip).Take(Pager.Size).ToListAsync();
        var names = await LoopChoices.NamesAsync(db, list.Select(r => r.RaisedById));
        Rows = list.Select(r => new Row(r, RectificationStates.Of(r, Today), r.Organization!.Name, names(r.RaisedById), EscalationPolicy.Default.Reached(r, Today))).ToList();
        CanRaise = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }
}
