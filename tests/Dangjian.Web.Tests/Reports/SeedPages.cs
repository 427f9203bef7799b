using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// What the seed acceptance tests share: records enter only as a county enters them (ledger sheets, entry forms, the county's
/// own categories, statistics and indicators through its pages), and the report is composed on the report page.
/// </summary>
internal static class SeedPages
{
    public static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The n-th day of a year spread a week apart (n &lt; 52), so that no two records of one sheet fall on the same day.</summary>
    public static DateOnly Day(int year, int n) => new DateOnly(year, 1, 3).AddDays(7 * n);

    /// <summary>The demo township (the clerk's and the secretary's) and its active village organizations (党支部 and 党总支) in sort order.</summary>
    public static async Task<(Organization Township, List<Organization> Villages)> TownshipAsync(AppFactory app)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var villages = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && o.IsActive)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync();
        return (township, villages);
    }

    /// <summary>A sheet checked and imported on the ledger page.</summary>
    public static async Task ImportAsync(Browser browser, string kind, string[] headers, IEnumerable<string?[]> rows) =>
        await LedgerPages.ImportAsync(browser, kind, await LedgerPages.XlsxAsync(headers, [.. rows]));

    /// <summary>A form posted as a browser would; the page must save it (a redirect).</summary>
    public static async Task SavedAsync(Browser browser, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var response = await browser.PostFormAsync(url, fields, formPage);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await Browser.ParseAsync(response);
            var errors = string.Join(" | ", html.QuerySelectorAll(".field-validation-error, .validation-summary-errors, #errors, .text-danger")
                .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            throw new ShouldAssertException($"{url} not saved ({(int)response.StatusCode}): {errors}");
        }
    }

    /// <summary>A village branch the county adds under the township on the organization page; returns its id.</summary>
    public static async Task<int> NewVillageAsync(Browser county, int township, string name, string secretary)
    {
        var response = await county.PostFormAsync($"/Organizations/Create?parent={township}", new()
        {
            ["Form.Name"] = name, ["Form.Level"] = nameof(OrgLevel.Branch), ["Form.Sector"] = nameof(OrgSector.Village),
            ["Form.SecretaryName"] = secretary, ["Form.CommitteeTermStart"] = "2021-10-20",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>A work-record category of the county's own (工作记录类别), on the template's category page.</summary>
    public static async Task CategoryAsync(Browser county, string code, string name, string unit, string meaning)
    {
        var (_, page) = await county.GetAsync("/Reports/Template/Category");
        var fields = TemplateForms.Fields(page);
        fields["Form.Code"] = code;
        fields["Form.Name"] = name;
        fields["Form.Unit"] = unit;
        fields["Form.QuantityMeaning"] = meaning;
        await SavedAsync(county, "/Reports/Template/Category", fields);
    }

    /// <summary>A yearly statistic the county defines for its villages (/Building/StatisticDefinitions).</summary>
    public static async Task StatisticAsync(Browser county, string code, string name, string unit, int decimals) =>
        await SavedAsync(county, "/Building/StatisticDefinitions", new()
        {
            ["Form.Code"] = code, ["Form.Name"] = name, ["Form.Unit"] = unit, ["Form.Decimals"] = S(decimals),
            ["Form.Sectors"] = "Village", ["Form.Levels"] = "",
        });

    /// <summary>A county indicator with the clause that prints it (/Reports/Template/Indicators); place "3-new" is a new sentence of theme 3.</summary>
    /// <param name="from">a built-in indicator the form starts from, to replace it (e.g. its unit) under the same id.</param>
    public static async Task IndicatorAsync(Browser county, Dictionary<string, string> values, string? from = null)
    {
        var (_, page) = await county.GetAsync(from is null ? "/Reports/Template/Indicators" : $"/Reports/Template/Indicators?id={from}");
        var fields = TemplateForms.Fields(page);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        await SavedAsync(county, "/Reports/Template/Indicators", fields);
    }

    /// <summary>The fields of a county indicator summing a source's records under a filter, printed by a clause at a place.</summary>
    public static Dictionary<string, string> Indicator(string id, string name, string unit, string source, string filter, string place, string clause) => new()
    {
        ["Form.Id"] = id, ["Form.Name"] = name, ["Form.Unit"] = unit, ["Form.Source"] = source, ["Form.Kind"] = "Sum", ["Form.Filter"] = filter,
        ["Form.Tag"] = "", ["Form.Place"] = place, ["Form.Clause"] = clause,
    };

    /// <summary>The county rewrites sentences of a theme of 一、 on the theme page (1-based theme; sentence index → clauses, one a line,
    /// "" drops the sentence).</summary>
    /// <param name="replace">words the county uses instead of the default's in every clause of the theme.</param>
    public static async Task ThemeAsync(Browser county, int theme, Dictionary<int, string> sentences, string? lead = null, (string Old, string New)? replace = null)
    {
        var url = $"/Reports/Template/Theme?theme={theme}";
        var (_, page) = await county.GetAsync(url);
        var fields = TemplateForms.Fields(page);
        if (replace is var (old, by))
        {
            foreach (var key in fields.Keys.Where(k => k.EndsWith(".Clauses", StringComparison.Ordinal)).ToList())
            {
                fields[key] = fields[key].Replace(old, by, StringComparison.Ordinal);
            }
        }

        foreach (var (index, clauses) in sentences)
        {
            fields[$"Form.Sentences[{index}].Clauses"] = clauses;
            if (clauses.Length == 0)
            {
                fields[$"Form.Sentences[{index}].Prefix"] = "";
                fields[$"Form.Sentences[{index}].Suffix"] = "";
            }
        }

        if (lead is not null)
        {
            fields["Form.Lead"] = lead;
        }

        await SavedAsync(county, url, fields);
    }

    /// <summary>The clerk drafts the month's 督查通报 on the bulletins page and issues it (印发, confirmed) on the month's last day.</summary>
    public static async Task BulletinAsync(Browser clerk, int year, int month)
    {
        var drafted = await clerk.PostFormAsync($"/Loop/Bulletins?handler=Draft&year={year}", new() { ["DraftMonth"] = S(month) }, $"/Loop/Bulletins?year={year}");
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"draft {year}-{month}");
        var edit = drafted.Headers.Location!.ToString();
        var (_, page) = await clerk.GetAsync(edit);
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var title = page.QuerySelector("input[name=Title]")?.GetAttribute("value") ?? $"{year}年{month}月督查通报";
        var text = page.QuerySelector("#Text")!.TextContent;
        await SavedAsync(clerk, $"{edit}?handler=Issue", new() { ["Version"] = version, ["Title"] = title, ["Text"] = text, ["IssuedOn"] = D(new DateOnly(year, month, 1).AddMonths(1).AddDays(-1)), ["Confirm"] = "true" }, edit);
    }

    /// <summary>The township secretary composes the year's draft on the compose page; the text of the draft page's report.</summary>
    public static async Task<string> ComposeAsync(AppFactory app, int township, int year)
    {
        var secretary = await Browser.LoginAsync(app, "secretary");
        var response = await secretary.PostFormAsync($"/Reports/Compose?org={township}&year={year}", new() { ["Year"] = S(year) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (status, draft) = await secretary.GetAsync($"/Reports/Draft?org={township}&year={year}");
        status.ShouldBe(HttpStatusCode.OK);
        return draft.QuerySelector("#report")!.TextContent;
    }

    /// <summary>Distinct person names for a list (约谈对象), e.g. 甲村书记一.</summary>
    public static IEnumerable<string> Names(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => prefix + ChineseNumber(i));

    private static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n < 10 ? digits[n].ToString() : n < 20 ? "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()) : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }
}
