using Dangjian.Core.Imports.Ledgers;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;

namespace Dangjian.Web.Pages.Imports;

/// <summary>Who may import, export and undo each ledger: the roles that enter its records one by one.</summary>
public static class LedgerAccess
{
    private static readonly Dictionary<string, string> PolicyByLedger = new(StringComparer.Ordinal)
    {
        ["meetings"] = Policies.EditMeetings,
        ["inspections"] = Policies.EditLoop,
        ["rectification"] = Policies.EditLoop,
        ["talks"] = Policies.EditLoop,
        ["accountability"] = Policies.EditLoop,
        ["honor-roll"] = Policies.EditLoop,
        ["work-records"] = Policies.EditWorkRecords,
        ["commitments"] = Policies.EditLoop,
        ["collective-income"] = Policies.EditBuilding,
        ["honours"] = Policies.EditBuilding,
        ["statistics"] = Policies.EnterStatistics,
        ["service"] = Policies.ReportLoop,
        ["assignments"] = Policies.EditCadres,
        ["contact-points"] = Policies.EditLoop,
        ["projects"] = Policies.EditBuilding,
    };

    public static string PolicyOf(ILedger ledger) => PolicyByLedger.GetValueOrDefault(ledger.Code, Policies.EditLoop);

    public static async Task<bool> MayAsync(this IAuthorizationService authorization, ClaimsPrincipal user, ILedger ledger) =>
        (await authorization.AuthorizeAsync(user, PolicyOf(ledger))).Succeeded;

    public static async Task<IReadOnlyList<ILedger>> AllowedAsync(this IAuthorizationService authorization, ClaimsPrincipal user, IEnumerable<ILedger> ledgers)
    {
        var allowed = new List<ILedger>();
        foreach (var ledger in ledgers)
        {
            if (await authorization.MayAsync(user, ledger))
            {
                allowed.Add(ledger);
            }
        }

        return allowed;
    }
}
