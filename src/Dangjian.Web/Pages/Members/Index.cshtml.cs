using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Members;

public class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, Sex Sex, DateOnly BirthDate, MemberStatus Status, MemberState State, DateOnly JoinedOn,
        Education Education, string? ResidentIdMasked, bool IsMobile, bool NoSmartphone, string Branch);

    public sealed record OrgOption(int Id, string Name, int Depth);

    [BindProperty(SupportsGet = true)]
    public MemberFilter Filter { get; set; } = new();

    public Organization Org { get; private set; } = null!;
    public IReadOnlyList<OrgOption> Orgs { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool CanEdit { get; private set; }
    public bool CanReveal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
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
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(page, 1, Pages);
        Rows = await MemberFilter.Sort(query)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
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
