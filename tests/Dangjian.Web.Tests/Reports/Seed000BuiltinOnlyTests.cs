using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// Issue #15: the records of seed 000 imported without the county's own categories, statistics and indicators (the built-in
/// catalog alone): the online trainings filed as 培训班, the cooperatives as 党建+产业 projects. The composed report prints the
/// built-in figures and never a sentence about a category the records do not belong to.
/// </summary>
public sealed class Seed000BuiltinOnlyTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Words only the county's own categories and statistics of <see cref="Seed000AcceptanceTests"/> print (the demo county's
    /// own 三、 lead names its campaign “四抓两整治”, which is wording it has, not a category; the city-level titles are named
    /// 市级样板党支部 in the records, but the built-in wording says 市级示范党支部).</summary>
    public static readonly string[] CountyOnly = ["乡村振兴", "线上线下", "合作社", "耕地质量", "制种", "亩", "样板"];

    [Fact]
    public async Task With_the_builtin_catalog_alone_no_sentence_names_a_county_category()
    {
        await Seed000Records.BuildAsync(app, county: false);
        var (township, _) = await SeedPages.TownshipAsync(app);

        var report = await SeedPages.ComposeAsync(app, township.Id, Seed000Records.Year);

        foreach (var phrase in CountyOnly)
        {
            report.ShouldNotContain(phrase, Case.Sensitive, report);
        }

        foreach (var figure in new[] { "党委会议25次", "党建调研8次", "培训班11期", "100人次", "党建督查12次", "约谈村党组织书记25人次", "承诺事项20项", "选派3名专职村书记", "党建+产业项目8个", "阵地不达标的党组织3个", "3个市级示范党支部" })
        {
            report.ShouldContain(figure, Case.Sensitive, report);
        }
    }
}
