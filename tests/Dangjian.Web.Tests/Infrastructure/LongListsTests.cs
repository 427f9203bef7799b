using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// Every long list of the county pages by fifty on the shared pager: no page shows more than 50 rows; where the demo county's
/// list runs past one page (and it must for the lists marked long), page 2 differs from page 1, a page past the end shows the last page and page=abc the first.
/// </summary>
public sealed class LongListsTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string, bool> Lists => new()
    {
        { "county", "/Loop/Inspections", "inspections", false },
        { "county", "/Loop/Commitments", "commitments", false },
        { "county", "/Loop/Service", "service", false },
        { "county", "/Loop/Tasks", "tasks", true },
        { "county", "/Loop/Talks", "talks", false },
        { "county", "/Loop/Bulletins", "bulletins", false },
        { "county", "/Loop/Accountability", "cases", false },
        { "county", "/Loop/HonorRoll", "roll", false },
        { "county", "/Loop/Contacts", "contacts", false },
        { "county", "/Loop/Notices", "notices", false },
        { "county", "/Loop/Rectification?state=all", "items", false },
        { "county", "/WorkRecords", "work-records", true },
        { "county", "/Development", "due", false },
        { "county", "/Cadres", "cadres", true },
        { "county", "/Building/Honours", "honours", false },
        { "county", "/Building/Projects", "projects", false },
        { "county", "/Meetings", "meetings", true },
        { "auditor", "/Audit", "audit-entries", false },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_long_list_pages_by_fifty(string user, string url, string table, bool longInDemo)
    {
        var browser = user == "auditor" ? await Browser.LoginAdminAsync(app, user) : await Browser.LoginAsync(app, user);
        var joiner = url.Contains('?') ? '&' : '?';
        var (status, first) = await browser.GetAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        var rows = ListPaging.Rows(first, table);
        rows.Count.ShouldBeLessThanOrEqualTo(50);
        var (_, count, total) = ListPaging.At(first);
        if (count == 1)
        {
            longInDemo.ShouldBeFalse($"the demo county's {url} runs past one page");
            return;
        }

        rows.Count.ShouldBe(50);
        total.ShouldBeGreaterThan(50);
        count.ShouldBe((total + 49) / 50);
        var (_, second) = await browser.GetAsync($"{url}{joiner}page=2");
        ListPaging.At(second).Number.ShouldBe(2);
        var secondRows = ListPaging.Rows(second, table);
        secondRows.Count.ShouldBe(count == 2 ? total - 50 : 50);
        secondRows.ShouldNotBe(rows);
        var (beyondStatus, beyond) = await browser.GetAsync($"{url}{joiner}page=99999");
        beyondStatus.ShouldBe(HttpStatusCode.OK);
        ListPaging.At(beyond).Number.ShouldBe(count);
        ListPaging.Rows(beyond, table).Count.ShouldBe(total - (count - 1) * 50);
        var (garbageStatus, garbage) = await browser.GetAsync($"{url}{joiner}page=abc");
        garbageStatus.ShouldBe(HttpStatusCode.OK);
        ListPaging.Rows(garbage, table).ShouldBe(rows);
    }
}
