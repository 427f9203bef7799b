using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// Issue #15, seed report 000 (2023): its records enter through the product's own ledgers and forms
/// (<see cref="Seed000Records"/>), the county adds only what a county defines (two work categories, two yearly statistics
/// and the four indicators that print them), the township secretary composes the draft on the report page and every
/// covered figure is printed with its value and unit. Figures are those of the Core seed test, in the product's wording
/// where it differs ("选派3名专职村书记" for 选派专职村书记3名).
/// The cadre figures (对23名村“两委”成员进行任职资格联审, 清理“问题成员”2名, 后备干部12人/专职村书记后备干部4名, 平均年龄41.6岁，较上届下降13.0%,
/// 高中及以上学历占比68%，较上届提高5个百分点) are covered in a fresh township (<see cref="FreshTownship"/>: organization import,
/// bulk accounts under 三员分立, its own clerk and secretary), not in the demo township, whose own 2018/2021 terms would be compared
/// and whose roster already holds reserves added in 2023: the clerk enters two election terms with their secretaries (age and
/// education at election), the joint reviews and the reserves on the cadre pages (there is no ledger sheet for them), the county
/// counts reserves in 人, and that township's secretary composes.
/// Not covered: 更换牌匾展板10余块 and the garbled 建成2国家现代农业产业园 (as in the Core test).
/// </summary>
public sealed class Seed000AcceptanceTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static readonly string[] CoveredFigures =
    [
        "党委会议25次", "党建工作专题会议3次", "党建调研8次", "上党课4次", "宣讲5场次", "乡村振兴线上线下培训8场次", "研讨交流6场次",
        "考察学习3批次", "成果交流8场次", "培训班3期", "100人次", "党建督查12次", "约谈村党组织书记25人次", "承诺事项20项", "履诺率100%",
        "全面推进“四抓两整治”", "2个软弱涣散党组织完成整顿转化", "阵地不达标的党组织3个", "2个区级示范党支部", "3个市级样板党支部",
        "集体经济收入15万元以上的村达到8个，10万元以上的村达到3个，5万元以上的村达到2个",
        "选派3名专职村书记", "村党组织负责人领办创办农民专业合作社8个", "耕地质量保护与提升项目1800亩", "制种面积达到2.3万亩",
    ];

    [Fact]
    public async Task Every_covered_figure_of_seed_000_is_printed_from_imported_records()
    {
        await Seed000Records.BuildAsync(app, county: true);
        var (township, _) = await SeedPages.TownshipAsync(app);

        var report = await SeedPages.ComposeAsync(app, township.Id, Seed000Records.Year);

        foreach (var figure in CoveredFigures)
        {
            report.ShouldContain(figure, Case.Sensitive, report);
        }

        report.ShouldContain($"{township.Name}书记2023年度抓基层党建工作述职报告");
        report.ShouldContain("根据会议安排，现将本人2023年度");
        report.ShouldNotContain("党建调研10次", Case.Sensitive, "the year before's research does not count");
    }

    /// <summary>The cadre figures of seed 000, from the records of a fresh township (see <see cref="FreshTownship"/>).</summary>
    public static readonly string[] PersonnelFigures =
    [
        "对23名村“两委”成员进行任职资格联审", "清理“问题成员”2名", "后备干部12人", "专职村书记后备干部4名",
        "平均年龄41.6岁，较上届下降13.0%", "高中及以上学历占比68%，较上届提高5个百分点",
    ];

    [Fact]
    public async Task The_cadre_figures_of_seed_000_are_printed_from_a_fresh_townships_entered_records()
    {
        var t = await FreshTownship.CreateAsync(app, "sda", "石岭镇", villages: 13);

        // The earlier term: 19 secretaries, 908 / 19 = 47.8岁, 12 of 19 high school or above (63%); the 2023 term: 25 secretaries,
        // 1040 / 25 = 41.6岁 (13.0% lower), 17 of 25 (68%, 5 points higher).
        var earlierOn = new DateOnly(2020, 10, 20);
        var earlier = await SeedPersonnel.TermAsync(app, t, "2020年换届", earlierOn);
        await SeedPersonnel.CadresAsync(t, earlier, earlierOn, "Secretary", Repeat((48, 16), (47, 2), (46, 1)), Repeat(("HighSchool", 12), ("JuniorHigh", 7)), "上届书记");
        var laterOn = new DateOnly(Seed000Records.Year, 3, 16);
        var later = await SeedPersonnel.TermAsync(app, t, "2023年换届", laterOn);
        await SeedPersonnel.CadresAsync(t, later, laterOn, "Secretary", Repeat((42, 15), (41, 10)), Repeat(("College", 17), ("JuniorHigh", 8)), "本届书记");

        // 任职资格联审23名, 2 of them 问题成员 cleared; 后备干部12人 (the county counts reserves in 人), 4 of them for full-time secretaries.
        await SeedPersonnel.ReviewsAsync(t, later, Seed000Records.Year, reviewed: 23, removed: 2);
        await SeedPersonnel.ReservesAsync(t, Seed000Records.Year, 4, "WealthLeader", fullTime: false, "致富能手");
        await SeedPersonnel.ReservesAsync(t, Seed000Records.Year, 2, "Veteran", fullTime: false, "退役军人");
        await SeedPersonnel.ReservesAsync(t, Seed000Records.Year, 2, "VillageGroupCadre", fullTime: false, "村民小组干部");
        await SeedPersonnel.ReservesAsync(t, Seed000Records.Year, 4, "WealthLeader", fullTime: true, "专职书记后备");
        await SeedPersonnel.ReservesAsync(t, Seed000Records.Year - 1, 3, "Graduate", fullTime: false, "上年后备");
        var county = await Browser.LoginAsync(app, "county");
        await SeedPages.IndicatorAsync(county, new() { ["Form.Unit"] = "人", ["Form.Place"] = "", ["Form.Clause"] = "" }, from: "reserves.added");

        var report = await t.ComposeAsync(Seed000Records.Year);

        foreach (var figure in PersonnelFigures)
        {
            report.ShouldContain(figure, Case.Sensitive, report);
        }

        report.ShouldContain("石岭镇");
    }

    private static List<T> Repeat<T>(params (T Value, int Count)[] parts) => [.. parts.SelectMany(p => Enumerable.Repeat(p.Value, p.Count))];
}
