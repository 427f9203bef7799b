using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// The county guide's example (docs/guide/county.md) “县里如何配置本县的长尾（示例）”, step by step through the same pages and forms: the county adds a
/// campaign category with a sub-category and a yearly statistic, the township records and enters under them, the county
/// defines an indicator on each and places it in 一、, and the draft prints the two sentences the guide quotes. If a page
/// or the wording changes, this test fails before the guide can drift.
/// </summary>
public sealed class LongTailExampleTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Quoted in docs/guide/county.md (step 5), word for word.</summary>
    private const string CampaignSentence = "开展“五星支部创建”活动2次。";

    /// <summary>Quoted in docs/guide/county.md (step 5): (1350 + 950) = 2300 against (1200 + 800) = 2000, +300 = +15.0%.</summary>
    private const string StatisticSentence = "党员志愿服务时长累计2300小时，较上年增长15.0%。";

    private const string DemoSentence = "全镇农村居民人均可支配收入达到20150元，较上年增长8.3%，合作社入社农户356户，较上年增长20.7%。";

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_readme_example_of_a_county_long_tail_prints_the_sentences_it_quotes()
    {
        var year = app.Clock.Today().Year;
        var today = app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        int township;
        List<Organization> villages;
        int research;
        await using (var db = app.NewDbContext())
        {
            township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
            villages = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township && o.Sector == OrgSector.Village).OrderBy(o => o.Id).Take(2).ToListAsync();
            research = (await db.WorkCategories.SingleAsync(c => c.Code == "research" && c.OrganizationId == null)).Id;
        }

        var county = await Browser.LoginAsync(app, "county");
        var clerk = await Browser.LoginAsync(app, "clerk");

        // 1. 本县类别与子类别 → 新增工作记录类别或子类别: “五星支部创建”, then its sub-category “观摩评星”
        var (_, categories) = await county.GetAsync("/Reports/Template/Categories");
        categories.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ShouldContain("新增工作记录类别或子类别");
        await AddTagAsync(county, "wuxing", "五星支部创建", "次", parent: null);
        await AddTagAsync(county, "wuxing-review", "观摩评星", "次", parent: "五星支部创建");

        // 2. the township records its work under them (新增工作记录 → 本县类别)
        var (_, create) = await clerk.GetAsync("/WorkRecords/Create");
        var options = create.QuerySelectorAll("select[name='Form.TagId'] option").ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
        foreach (var (tag, title) in new[] { ("五星支部创建（次）", "“五星支部创建”动员部署会"), ("五星支部创建／观摩评星（次）", "“五星支部”观摩评星活动") })
        {
            (await clerk.PostFormAsync("/WorkRecords/Create", new()
            {
                ["Form.OrganizationId"] = S(villages[0].Id), ["Form.CategoryId"] = S(research), ["Form.TagId"] = options[tag], ["Form.HeldOn"] = today,
                ["Form.Title"] = title, ["Form.Quantity"] = "1",
            })).StatusCode.ShouldBe(HttpStatusCode.Redirect, title);
        }

        // 3. 年度统计项 → 新增统计项: 党员志愿服务时长（小时）, reported by villages; the township enters last year's and this year's
        (await county.PostFormAsync("/Building/StatisticDefinitions", new()
        {
            ["Form.Code"] = "volunteer.hours", ["Form.Name"] = "党员志愿服务时长", ["Form.Unit"] = "小时", ["Form.Decimals"] = "0", ["Form.Sectors"] = "Village",
            ["Form.Definition"] = "本村党员参加志愿服务的时长合计",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var (y, first, second) in new[] { (year - 1, "1200", "800"), (year, "1350", "950") })
        {
            var url = $"/Building/Statistics?year={y}";
            var (_, grid) = await clerk.GetAsync(url);
            string Field(Organization village) => grid.QuerySelector($"input[aria-label='{village.Name} 党员志愿服务时长']")!.GetAttribute("name")!;
            (await clerk.PostFormAsync("/Building/Statistics", new() { ["Year"] = S(y), [Field(villages[0])] = first, [Field(villages[1])] = second }, url))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{y}");
        }

        // 4. 述职报告模板：指标 → 增加或替换指标, one on the category and one on the statistic, each as a new sentence of 一、
        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.wuxing", ["Form.Name"] = "五星支部创建", ["Form.Unit"] = "次", ["Form.Source"] = "work", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "", ["Form.Tag"] = "wuxing", ["Form.Place"] = "4-new", ["Form.Clause"] = "开展“五星支部创建”活动{{fig:county.wuxing}}",
        }, "第4段（聚焦基层基础，提升组织建设质量）新增一句");
        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.volunteer-hours", ["Form.Name"] = "党员志愿服务时长", ["Form.Unit"] = "小时", ["Form.Source"] = "statistics", ["Form.Kind"] = "Sum",
            ["Form.Filter"] = "volunteer.hours", ["Form.Compare"] = "PreviousYear", ["Form.Place"] = "5-new",
            ["Form.Clause"] = "党员志愿服务时长累计{{fig:county.volunteer-hours}}{{cmp:county.volunteer-hours}}",
        }, "第5段（聚焦先锋引领，发挥战斗堡垒作用）新增一句");

        // 5. the township's next draft
        (await clerk.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = S(year) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await clerk.GetAsync($"/Reports/Draft?org={township}&year={year}");
        var report = draft.QuerySelector("#report")!.TextContent;
        Paragraph(report, "聚焦基层基础").ShouldContain(CampaignSentence);
        Paragraph(report, "聚焦先锋引领").ShouldContain(StatisticSentence);

        // the demo county's own long tail (DemoLongTail), quoted in the guide: income 20150 against 18600
        // (+8.33%), households 150 + 110 + 96 = 356 against 120 + 95 + 80 = 295 (+20.68%); seeded alike on SQLite and PostgreSQL
        Paragraph(report, "聚焦先锋引领").ShouldContain(DemoSentence);
        Paragraph(report, "聚焦主责主业").ShouldContain("以“四抓两整治”为抓手，深入开展“基层党建质量提升年”活动，统筹推进全镇党建各项工作。");

        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "guide", "county.md"));
        readme.ShouldContain(CampaignSentence, customMessage: "the county guide quotes the sentence the report prints");
        readme.ShouldContain(StatisticSentence, customMessage: "the county guide quotes the sentence the report prints");
        readme.ShouldContain(DemoSentence, customMessage: "the county guide quotes the demo's sentence");
        foreach (var label in new[] { "本县类别与子类别", "新增工作记录类别或子类别", "年度统计项", "述职报告模板：指标", "增加或替换指标", "加入“一、”的句子", "第4段（聚焦基层基础，提升组织建设质量）新增一句", "第5段（聚焦先锋引领，发挥战斗堡垒作用）新增一句", "与上年比较", "本县类别（可不选）" })
        {
            readme.ShouldContain(label, customMessage: "the README names the pages' labels");
        }
    }

    private static async Task AddTagAsync(Browser county, string code, string name, string unit, string? parent)
    {
        var (_, page) = await county.GetAsync("/Reports/Template/Tag?family=Work");
        var fields = TemplateForms.Fields(page);
        fields["Form.Code"] = code;
        fields["Form.Name"] = name;
        fields["Form.Unit"] = unit;
        fields["Form.ParentId"] = parent is null ? "" : page.QuerySelectorAll("#Form_ParentId option").Single(o => o.TextContent.Trim().StartsWith(parent, StringComparison.Ordinal)).GetAttribute("value")!;
        (await county.PostFormAsync("/Reports/Template/Tag", fields, "/Reports/Template/Tag?family=Work")).StatusCode.ShouldBe(HttpStatusCode.Redirect, code);
    }

    private static async Task AddIndicatorAsync(Browser county, Dictionary<string, string> values, string place)
    {
        var (_, page) = await county.GetAsync("/Reports/Template/Indicators");
        page.QuerySelector($"#Form_Place option[value='{values["Form.Place"]}']")!.TextContent.ShouldBe(place);
        var fields = TemplateForms.Fields(page);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var response = await county.PostFormAsync("/Reports/Template/Indicators", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Browser.ParseAsync(response)).QuerySelector("#errors")?.TextContent);
    }

    private static string Paragraph(string report, string theme) =>
        report.Split('\n').Select(l => l.Trim()).Single(l => l.Contains(theme, StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dangjian.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("README.md not found above the test's directory");
    }
}
