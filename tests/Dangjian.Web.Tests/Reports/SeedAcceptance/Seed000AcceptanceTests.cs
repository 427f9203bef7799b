using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Reports.SeedAcceptance;

/// <summary>
/// Issue #15, seed report 000 (2023): its records enter through the product's own ledgers and forms
/// (<see cref="Seed000Records"/>), the county adds only what a county defines (two work categories, two yearly statistics
/// and the four indicators that print them), the township secretary composes the draft on the report page and every
/// covered figure is printed with its value and unit. Figures are those of the Core seed test, in the product's wording
/// where it differs ("选派3名专职村书记" for 选派专职村书记3名).
/// Not covered here: the cadre figures (任职资格联审23名, 清理问题成员2名, 后备干部12人/专职村书记后备干部4名, 平均年龄41.6岁较上届
/// 下降13.0%, 高中及以上学历占比68%较上届提高5个百分点): there is no ledger for election terms, reviews or reserves and the demo
/// township's own 2018/2021 terms would be compared instead, and the demo roster already holds reserves added in 2023;
/// 更换牌匾展板10余块 and the garbled 建成2国家现代农业产业园 (as in the
/// Core test).
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
}
