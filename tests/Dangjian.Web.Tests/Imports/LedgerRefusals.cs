using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>A role that does not enter a ledger's records one by one is refused its import page, template and export, and does not see it listed.</summary>
public static class LedgerRefusals
{
    public static async Task AssertRefusedAsync(AppFactory app, string userName, string kind, string title)
    {
        var browser = await Browser.LoginAsync(app, userName);
        foreach (var url in new[] { $"/Imports/Ledger?kind={kind}", $"/Imports/Ledger?kind={kind}&handler=Template", $"/Imports?handler=Export&kind={kind}&year=2025" })
        {
            var refused = await browser.Client.GetAsync(url);
            refused.Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: url);
        }

        ((await browser.GetAsync("/Imports")).Html.QuerySelector("#ledgers")?.TextContent ?? "").ShouldNotContain(title);
    }
}
