using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Building;

/// <summary>
/// What the building pages share: the scoped context for their reads, the year shown, today (Beijing), the primary
/// organizations offered by their forms and the user's rights; each page states only its own records and writes.
/// </summary>
public abstract class BuildingPageModel(AppDbContext db, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public int Year { get; protected set; }
    public DateOnly Today => time.Today();

    /// <summary>The primary organizations in scope (the villages only on the income page), for the forms' choice.</summary>
    public IReadOnlyList<Organization> Primary { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task<bool> MayAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    protected async Task LoadPrimaryAsync(bool villagesOnly = false) => Primary = await BuildingChoices.PrimaryAsync(db, villagesOnly);
}
