using Microsoft.Playwright;
using Shouldly;

namespace Dangjian.E2E;

/// <summary>
/// With script, the work-record form's 带队领导 list follows the organization chosen (js/leaders.js, no reload, nothing typed
/// lost) and the no-script "更换" button is hidden: the liaison leader is offered for the villages they lead and not for the others.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkRecordLeadersJourneyTests(AppProcess app)
{
    [Fact]
    public async Task Choosing_another_organization_swaps_the_leaders_in_place()
    {
        await using var clerk = await BrowserSession.OpenAsync();
        var page = clerk.Page;
        await clerk.LoginAsync(app.BaseUrl, "clerk");
        await page.GotoAsync($"{app.BaseUrl}/WorkRecords/Create");
        await Assertions.Expect(page.Locator("#change-org")).ToBeHiddenAsync();
        await page.Locator("#Form_Title").FillAsync("到村调研党建工作");

        var orgs = page.Locator("#Form_OrganizationId");
        var values = (await orgs.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)")).ToList();
        var withLiaison = new List<string>();
        var without = new List<string>();
        var current = await orgs.InputValueAsync();
        foreach (var value in values.Take(12))
        {
            if (value != current)
            {
                await orgs.SelectOptionAsync(value);
                current = value;
            }

            // js/leaders.js marks the list with the organization once it has rebuilt it
            await Assertions.Expect(page.Locator($"#Form_LedByUserId[data-leaders-org='{value}']")).ToHaveCountAsync(1);
            var leaders = await page.Locator("#Form_LedByUserId option").AllTextContentsAsync();
            leaders[0].ShouldStartWith("不是乡镇领导");
            (leaders.Any(l => l.Contains("（联系点）（联系领导）", StringComparison.Ordinal)) ? withLiaison : without).Add(value);
        }

        withLiaison.ShouldNotBeEmpty("the liaison leads two villages of the township");
        without.ShouldNotBeEmpty("and not the others");
        await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync("到村调研党建工作");
        page.Url.ShouldEndWith("/WorkRecords/Create", customMessage: "no reload, no submit");
        await clerk.ScreenshotAsync("work-record-leaders");
    }
}
