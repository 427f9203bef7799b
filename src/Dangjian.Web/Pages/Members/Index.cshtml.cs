using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Name, Sex Sex, DateOnly BirthDate, MemberStatus Status, MemberState State, DateOnly JoinedOn,
        Education Education, string? ResidentIdMasked, bool IsMobile, bool NoSmartphone, string Branch);

    public sealed record OrgOption(int Id, string Name, int Depth);

    [BindProperty(SupportsGet = true)]
    public MemberFilter Filter { get; set; } = new();

    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<OrgOption> Orgs { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>Where the list stands; its links are the filter's own (<see cref="MemberFilter.QueryString"/>).</summary>
    public Pager Pager { get; private set; } = Pager.Of(1, 0, "/Members", new Dictionary<string, string?>());
    public int Total => Pager.Total;
    public int PageNumber => Pager.Number;
    public int Pages => Pager.Count;
    public bool CanEdit { get; private set; }
    public bool CanReveal { get; private set; }

    /// <param name="number">?page=N: "page" is the route's own value in Razor Pages, so a plain <c>int page</c> never binds (it stayed 1).</param>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? number)
    {
        var found = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == (Filter.Org ?? User.OrganizationId()));
        if (found is null)
        {
            return NotFound();
        }

        Org = found;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditMembers)).Succeeded;
        CanReveal = (await authorization.AuthorizeAsync(User, Policies.RevealMemberIds)).Succeeded;
        Orgs = await db.Organizations.AsNoTracking().Where(o => o.IsActive)
            .OrderBy(o => o.Path).Select(o => new OrgOption(o.Id, o.Name, o.Depth)).ToListAsync();
        var query = Filter.Apply(db.Members.AsNoTracking(), found.Path);
        Pager = Pager.Of(number, await query.CountAsync(), "/Members", new Dictionary<string, string?>());
        Rows = await MemberFilter.Sort(query)
            .Skip(Pager.Skip).Take(Pager.Size)
            .Select(m => new Row(m.Id, m.Name, m.Sex, m.BirthDate, m.Status, m.State, m.JoinedOn, m.Education, m.ResidentIdMasked,
                m.IsMobile, m.NoSmartphone, m.Organization!.Name))
            .ToListAsync();
        return Page();
    }

    public static int Age(DateOnly birth, DateOnly today)
    {
        return today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
    }
}
