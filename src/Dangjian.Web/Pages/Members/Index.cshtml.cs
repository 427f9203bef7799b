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
        // The organizations and the page of members are kept until the records change (ADR 0023).
        var head = await DerivedCache.HeadAsync(db, HttpContext.RequestAborted);
        var orgId = Filter.Org ?? User.OrganizationId();
        var list = await DerivedCache.GetOrComputeAsync(db, head, ("/Members", DerivedCache.Scope(db), orgId, Filter.QueryString(number)),
            l => l.Rows.Count + 1, () => ListAsync(orgId, number));
        if (list.Org is null)
        {
            return NotFound();
        }

        Org = list.Org;
        Rows = list.Rows;
        Pager = Pager.Of(number, list.Total, "/Members", new Dictionary<string, string?>());
        Orgs = await DerivedCache.GetOrComputeAsync(db, head, ("/Members orgs", DerivedCache.Scope(db)), o => o.Count,
            async () => (IReadOnlyList<OrgOption>)await db.Organizations.AsNoTracking().Where(o => o.IsActive)
                .OrderBy(o => o.Path).Select(o => new OrgOption(o.Id, o.Name, o.Depth)).ToListAsync());
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditMembers)).Succeeded;
        CanReveal = (await authorization.AuthorizeAsync(User, Policies.RevealMemberIds)).Succeeded;
        return Page();
    }

    private sealed record MemberList(Organization? Org, int Total, IReadOnlyList<Row> Rows);

    private async Task<MemberList> ListAsync(int? orgId, int? number)
    {
        var found = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId);
        if (found is null)
        {
            return new MemberList(null, 0, []);
        }

        var query = Filter.Apply(db.Members.AsNoTracking(), found.Path);
        var pager = Pager.Of(number, await query.CountAsync(), "/Members", new Dictionary<string, string?>());
        var rows = await MemberFilter.Sort(query)
            .Skip(pager.Skip).Take(Pager.Size)
            .Select(m => new Row(m.Id, m.Name, m.Sex, m.BirthDate, m.Status, m.State, m.JoinedOn, m.Education, m.ResidentIdMasked,
                m.IsMobile, m.NoSmartphone, m.Organization!.Name))
            .ToListAsync();
        return new MemberList(found, pager.Total, rows);
    }

    public static int Age(DateOnly birth, DateOnly today)
    {
        return today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
    }
}
