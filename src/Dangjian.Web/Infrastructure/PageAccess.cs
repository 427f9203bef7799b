using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Which role family may open which page folder. Business folders are closed to the 三员; each 三员 role has its own
/// folder. Pages not listed need only a signed-in user (the fallback policy) or allow anonymous access explicitly.
/// </summary>
public static class PageAccess
{
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>
    {
        ["/Organizations"] = Policies.Business,
        ["/Members"] = Policies.Business,
        ["/Cadres"] = Policies.Business,
        ["/Development"] = Policies.Business,
        ["/Building"] = Policies.Business,
        ["/Loop"] = Policies.Business,
        ["/Meetings"] = Policies.Business,
        ["/OrgLife"] = Policies.Business,
        ["/Reports"] = Policies.ViewReports,
        ["/Reviews"] = Policies.ViewReviews,
        ["/WorkRecords"] = Policies.Business,
        ["/Imports"] = Policies.Business,
        ["/Admin/Accounts"] = Policies.ManageAccounts,
        ["/Admin/Roles"] = Policies.GrantRoles,
        ["/Audit"] = Policies.ReadAudit,
    };

    public static void Configure(PageConventionCollection conventions)
    {
        foreach (var (folder, policy) in Folders)
        {
            conventions.AuthorizeFolder(folder, policy);
        }
    }
}
