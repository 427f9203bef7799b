using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Reports;

/// <summary>Shared look-ups of the report pages: the organization through the scoped set (foreign ids answer 404) and the year.</summary>
public static class ReportPages
{
    public static Task<Organization?> FindAsync(AppDbContext db, int org) =>
        db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == org);

    /// <summary>Today in Beijing (reports follow the calendar year there): a forward to the one clock.</summary>
    public static DateOnly Today(TimeProvider clock) => clock.Today();

    public static bool HasReport(Organization org) => org.Level == OrgLevel.TownshipCommittee;

    public const string NotATownship = Core.Reports.ReportDraftEntry.NotATownship;
}
