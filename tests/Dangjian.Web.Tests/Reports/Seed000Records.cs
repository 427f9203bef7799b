using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static Dangjian.Web.Tests.Reports.SeedPages;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// The records of seed report 000 (a 2023 report), entered as the county would: the clerk imports the year's ledgers
/// (meetings, work records, inspections, talks, commitments, collective income, yearly statistics), enters assignments,
/// projects, standardization self-checks, weak organizations and demonstration titles on their forms; the county adds the one village the demo township lacks, and — only in the county's
/// variant — its own work categories, yearly statistics and the indicators that print them, its campaign in a theme's lead
/// (“四抓两整治”) and its name for the city-level titles (市级样板党支部).
/// </summary>
internal static class Seed000Records
{
    public const int Year = 2023;

    /// <param name="county">true: the county defines its own categories, statistics and indicators; false: the built-in catalog
    /// alone, and what the county's categories held is filed where a county without them would file it (the online trainings as
    /// 培训班, the cooperatives as 党建+产业 projects; the 亩 statistics are not entered, there is no statistic to enter them under).</param>
    public static async Task BuildAsync(AppFactory app, bool county)
    {
        var (township, villages) = await TownshipAsync(app);
        var countyBrowser = await Browser.LoginAsync(app, "county");
        var added = await NewVillageAsync(countyBrowser, township.Id, "新建测试村党支部", "新村书记");
        (_, villages) = await TownshipAsync(app);
        villages.ShouldContain(v => v.Id == added, "the county's new village is one of the township's villages");
        var clerk = await Browser.LoginAsync(app, "clerk");
        var t = township.Name;
        var secretary = township.SecretaryName!;

        // 党委会议25次, 党建工作专题会议3次 (the committee's own, no roster of its own: no attendance), the secretary's 上党课4次 given
        // in villages (and six lectures by village secretaries, not hers).
        var meetings = new List<string?[]>();
        for (var i = 0; i < 25; i++)
        {
            meetings.Add([t, "党委会议", D(Day(Year, i)), $"{Year}年第{i + 1}次党委会议", "镇党委会议室", secretary, null]);
        }

        for (var i = 0; i < 3; i++)
        {
            meetings.Add([t, "党建工作专题会议", D(Day(Year, 30 + i)), $"党建工作专题会议{i + 1}", "镇党委会议室", secretary, null]);
        }

        for (var i = 0; i < 4; i++)
        {
            meetings.Add([villages[6 + i].Name, "党课", D(Day(Year, 40 + i)), $"书记到村讲党课{i + 1}", "村党群服务中心", null, secretary]);
        }

        for (var i = 0; i < 6; i++)
        {
            meetings.Add([villages[i].Name, "党课", D(Day(Year, 10 + i)), $"村书记讲党课{i + 1}", "村党群服务中心", null, $"村书记{i + 1}"]);
        }

        await ImportAsync(clerk, "meetings", SeedLedgers.Meetings, meetings);

        // 党建调研8次, 宣讲5场次, 研讨交流6场次, 考察学习3批次, 成果交流8场次, 培训班3期 of 100人次; two 调研 of the year before do not count.
        var work = new List<string?[]>();
        void Work(string category, int count, int from, string title, Func<int, string?>? participants = null, string? ledBy = null, int year = Year)
        {
            for (var i = 0; i < count; i++)
            {
                work.Add([t, category, D(Day(year, from + i)), $"{title}{i + 1}", null, participants?.Invoke(i), ledBy, null, null]);
            }
        }

        Work("党建调研", 8, 0, "基层党建调研", ledBy: secretary);
        Work("宣讲", 5, 10, "党的二十大精神宣讲");
        Work("研讨交流", 6, 16, "党建引领乡村振兴研讨");
        Work("考察学习", 3, 23, "外出考察学习");
        Work("成果交流", 8, 27, "产业发展成果交流");
        Work("培训班", 3, 36, "村干部能力提升培训班", i => i < 2 ? "34" : "32");
        Work("党建调研", 2, 0, "上年调研", year: Year - 1);
        if (county)
        {
            await CategoryAsync(countyBrowser, "rural-training", "乡村振兴线上线下培训", "场次", "场次");
            await CategoryAsync(countyBrowser, "cooperative", "领办创办农民专业合作社", "个", "个数");
            Work("乡村振兴线上线下培训", 8, 40, "乡村振兴线上培训");
            for (var i = 0; i < 8; i++)
            {
                work.Add([villages[i].Name, "领办创办农民专业合作社", D(Day(Year, 20 + i)), $"{villages[i].Name}领办种植专业合作社", "1", null, null, null, null]);
            }
        }
        else
        {
            Work("培训班", 8, 40, "乡村振兴线上培训");
        }

        await ImportAsync(clerk, "work-records", SeedLedgers.Work, work);

        // 党建督查12次 (one finding each), 约谈村党组织书记25人次 in three collective talks.
        await ImportAsync(clerk, "inspections", SeedLedgers.Inspections, Enumerable.Range(0, 12).Select(i => new string?[]
        {
            t, "专项督查", D(Day(Year, 4 * i + 1)), S(i + 1), $"第{i + 1}轮党建督查", "组织委员、党建办", villages[i].Name, $"{villages[i].Name}会议记录不规范", null,
        }));
        await ImportAsync(clerk, "talks", SeedLedgers.Talks, new[] { 8, 8, 9 }.Select((n, i) => new string?[]
        {
            t, D(Day(Year, 10 * i + 5)), secretary, string.Join("、", Names($"第{i + 1}批书记", n)), "党组织书记", "党建工作推进不力", "已限期整改",
        }));

        // 承诺事项20项, all kept.
        await ImportAsync(clerk, "commitments", SeedLedgers.Commitments, Enumerable.Range(0, 20).Select(i => new string?[]
        {
            villages[i % villages.Count].Name, null, $"承诺事项{i + 1}：为群众办好一件实事", $"{Year}-12-31", "已兑现", D(Day(Year, 20 + i)),
        }));

        // 集体经济收入15万元以上的村8个, 10万元以上3个, 5万元以上2个 (13 villages).
        await ImportAsync(clerk, "collective-income", SeedLedgers.Income, villages.Take(13).Select((v, i) => new string?[]
        {
            v.Name, S(Year), S(i < 8 ? 15 + i : i < 11 ? 10 + i % 3 : 5 + i % 2),
        }));

        // 选派专职村书记3名 (assignments).
        for (var i = 0; i < 3; i++)
        {
            await SavedAsync(clerk, "/Cadres/Assignments/Create", new()
            {
                ["Form.OrganizationId"] = S(villages[i].Id), ["Form.Kind"] = "FullTimeSecretary", ["Form.PersonName"] = $"专职书记{Names("", 3).ElementAt(i)}",
                ["Form.DispatchingUnit"] = "县委组织部", ["Form.StartedOn"] = $"{Year}-08-01", ["Form.EndedOn"] = "", ["Form.Version"] = "0",
            });
        }

        // 阵地不达标的党组织3个 in the year's self-checks (the clerk files them for the branches), 2个区级示范党支部 and 3个市级样板党支部.
        for (var i = 0; i < villages.Count; i++)
        {
            var check = new Dictionary<string, string>
            {
                ["organizationId"] = S(villages[i].Id), ["year"] = S(Year), ["items"] = "A1", ["venueArea"] = i < 3 ? "40" : "150",
                ["note"] = "", ["selfCheckedOn"] = D(Day(Year, 40 + i % 10)),
            };
            if (i >= 3)
            {
                check["venueMeetsStandard"] = "true";
            }

            await SavedAsync(clerk, "/Building/Standardization?handler=SelfCheck", check, $"/Building/Standardization?year={Year}");
        }

        // Titles are chosen from the county's title names: the demo county keeps 市级样板党支部; it adds 区级示范党支部 (unit 个) on its list.
        await SavedAsync(countyBrowser, "/Building/HonourNames", new() { ["Form.Name"] = "区级示范党支部", ["Form.Target"] = "Title", ["Form.Unit"] = "个" });
        var (_, titlesPage) = await clerk.GetAsync("/Building/Titles");
        var titleNames = titlesPage.QuerySelectorAll("#Form_TitleNameId option").ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
        foreach (var (i, level, title) in new[] { (0, "District", "区级示范党支部"), (1, "District", "区级示范党支部"), (2, "City", "市级样板党支部"), (3, "City", "市级样板党支部"), (4, "City", "市级样板党支部") })
        {
            await SavedAsync(clerk, "/Building/Titles", new() { ["Form.OrganizationId"] = S(villages[i].Id), ["Form.Level"] = level, ["Form.Year"] = S(Year), ["Form.TitleNameId"] = titleNames[title] });
        }

        // 2个软弱涣散党组织完成整顿转化: confirmed, their measures done and converted on the building pages.
        for (var i = 0; i < 2; i++)
        {
            var village = villages[villages.Count - 2 + i];
            await SavedAsync(clerk, "/Building?handler=Confirm", new()
            {
                ["organizationId"] = S(village.Id), ["year"] = S(Year), ["reasons"] = "班子不团结、组织生活不正常", ["confirmedOn"] = $"{Year}-03-15",
            }, "/Building");
            int weak;
            await using (var db = app.NewDbContext())
            {
                weak = await db.WeakOrganizations.Where(w => w.OrganizationId == village.Id && w.Year == Year).Select(w => w.Id).SingleAsync();
            }

            var url = $"/Building/Weak/{weak}";
            await SavedAsync(clerk, $"{url}?handler=Measure", new() { ["text"] = "调整充实班子", ["owner"] = "镇党委", ["deadline"] = $"{Year}-06-30" }, url);
            int measure;
            await using (var db = app.NewDbContext())
            {
                measure = await db.WeakOrganizationMeasures.Where(m => m.WeakOrganizationId == weak).Select(m => m.Id).SingleAsync();
            }

            await SavedAsync(clerk, $"{url}?handler=Done", new() { ["measureId"] = S(measure), ["doneOn"] = $"{Year}-05-{10 + i}" }, url);
            await SavedAsync(clerk, $"{url}?handler=Convert", new() { ["convertedOn"] = $"{Year}-{10 + i}-15", ["note"] = "验收合格" }, url);
        }

        if (county)
        {
            await CountyWordingAsync(countyBrowser, clerk, villages.Select(v => v.Name).ToList());
            await ThemeAsync(countyBrowser, 3, [], lead: "认真贯彻落实新时代党的组织路线，全面推进“四抓两整治”。");
            await ThemeAsync(countyBrowser, 4, [], replace: ("市级示范党支部", "市级样板党支部"));
        }
        else
        {
            int industry;
            await using (var db = app.NewDbContext())
            {
                industry = await db.GuidanceKinds.Where(k => k.OrganizationId == null && k.Family == GuidanceFamily.Project && k.Code == "industry").Select(k => k.Id).SingleAsync();
            }

            for (var i = 0; i < 8; i++)
            {
                await SavedAsync(clerk, "/Building/Projects/Create", new()
                {
                    ["Form.OrganizationId"] = S(villages[i].Id), ["Form.Name"] = $"{villages[i].Name}领办种植专业合作社", ["Form.KindId"] = S(industry),
                    ["Form.Status"] = "Completed", ["Form.StartedOn"] = D(Day(Year, 10 + i)), ["Form.CompletedOn"] = D(Day(Year, 30 + i)), ["Form.Amount"] = "",
                    ["Form.Outcome"] = "", ["Form.Version"] = "0",
                });
            }
        }
    }

    /// <summary>The county's own: two yearly statistics in 亩 and 万亩 with their values, and the indicators and clauses that print
    /// its categories and statistics.</summary>
    private static async Task CountyWordingAsync(Browser county, Browser clerk, List<string> villages)
    {
        await StatisticAsync(county, "farmland", "耕地质量保护与提升面积", "亩", 0);
        await StatisticAsync(county, "seed-area", "制种面积", "万亩", 1);
        await ImportAsync(clerk, "statistics", SeedLedgers.Statistics,
        [
            [villages[0], S(Year), "耕地质量保护与提升面积", "1200"], [villages[1], S(Year), "耕地质量保护与提升面积", "600"],
            [villages[0], S(Year), "制种面积", "1.5"], [villages[1], S(Year), "制种面积", "0.8"],
        ]);
        await IndicatorAsync(county, Indicator("county.rural-training", "乡村振兴线上线下培训", "场次", "work", "rural-training", "2-2", "开展乡村振兴线上线下培训{{fig:county.rural-training}}"));
        await IndicatorAsync(county, Indicator("county.cooperative", "领办创办农民专业合作社", "个", "work", "cooperative", "5-new", "村党组织负责人领办创办农民专业合作社{{fig:county.cooperative}}"));
        await IndicatorAsync(county, Indicator("county.farmland", "耕地质量保护与提升面积", "亩", "statistics", "farmland", "5-new", "实施耕地质量保护与提升项目{{fig:county.farmland}}"));
        await IndicatorAsync(county, Indicator("county.seed-area", "制种面积", "万亩", "statistics", "seed-area", "5-new", "全镇蔬菜、瓜类、花卉制种面积达到{{fig:county.seed-area}}"));
    }
}
