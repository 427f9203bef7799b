using Dangjian.Core.Account;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Security;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// The pages a branch secretary reaches, found as they would be (following links from the home page) and checked
/// against the authorization matrix: every page the matrix opens to the role, bar files and pages no link leads to, is visited.
/// </summary>
public static class BranchPages
{
    /// <summary>Pages of the matrix open to the role that are not HTML pages of their own, or that no link in the branch's pages leads to.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotByLink = new Dictionary<string, string>
    {
        ["/Account/Logout"] = "ends the session",
        ["/Account/Denied"] = "answers 403",
        ["/Account/EnableAuthenticator"] = "for the 三员 only in practice: reached after their sign-in",
        ["/Members/Import/Map"] = "a step of an upload in progress",
        ["/Members/Import/Result"] = "a step of an upload in progress",
        ["/Members/Import/Progress"] = "a step of an upload in progress",
        // Record pages whose records the demo branch has none of (the authorization matrix makes its own to test them).
        ["/Building/Weak"] = "the demo branch is not on the weak list",
        ["/Loop/Inspections/Details"] = "no inspection of the demo branch",
        ["/Loop/Rectification/Details"] = "no rectification item of the demo branch",
        ["/Loop/Contacts/Details"] = "the demo branch is no contact point",
        ["/Reviews/Plan"] = "a branch secretary is reviewed in no demo plan",
        ["/Reviews/Participant"] = "a branch secretary is reviewed in no demo plan",
        ["/Reviews/Figure"] = "a branch secretary is reviewed in no demo plan",
    };

    public static async Task<List<PageCrawl.Visit>> VisitAsync(Browser browser)
    {
        var visits = await PageCrawl.CrawlAsync(browser, perRoute: 1, max: 200);
        Unreached(visits.Select(v => v.Url)).ShouldBeEmpty("pages of the matrix the crawl never reached");
        return visits;
    }

    /// <summary>Pages of the matrix open to the branch secretary (bar files and <see cref="NotByLink"/>) that none of these URLs opens.</summary>
    public static List<string> Unreached(IEnumerable<string> urls)
    {
        var reached = urls.Select(Endpoint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return AccessRules.Pages.Where(p => p.Value.Roles?.Contains(Roles.BranchSecretary) == true)
            .Select(p => p.Key)
            .Where(name => name.StartsWith('/') && !name.Contains("Download", StringComparison.Ordinal) && !name.Contains("Export", StringComparison.Ordinal))
            .Where(name => !NotByLink.ContainsKey(name) && !reached.Contains(name))
            .ToList();
    }

    /// <summary>/Members/Details/12?x=1 → /Members/Details; /Members → /Members/Index; / → /Index.</summary>
    public static string Endpoint(string url)
    {
        var path = url.Split('?', '#')[0];
        var name = "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.All(char.IsAsciiDigit)));
        return AccessRules.Pages.ContainsKey(name) ? name : (name == "/" ? "/Index" : name + "/Index");
    }
}
