using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Building;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Indicators;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;
using static Dangjian.Core.Tests.Cadres.CadreRecords;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// Seed report 000 (a 2023 report; figures copied here, tests never read the shared seeds): the records its
/// 一、 section rests on are written and the composed report must print every covered figure with its value and unit.
/// Worded as the records support: "对阵地不达标的3个村党组织，全部进行了整顿提升" prints the 3 found below standard in the
/// year's checks (the improvement itself is not a record); "3个市级样板党支部" uses the county's wording of the city-level
/// titles clause. The long tail the model has no entity for is kept as the county's own work categories (rules as data):
/// 8个村党组织负责人领办创办合作社, 选派3名专职村书记, the 1800亩 farmland project and the 2.3万亩 seed-production area.
/// Not covered: 更换牌匾展板10余块 ("余" is an estimate, not a count of records) and 建成2国家现代农业产业园… (garbled in the seed).
/// </summary>
public sealed class Seed000ReportTests
{
    private const int Year = 2023;

    public static readonly string[] CoveredFigures =
    [
        "党委会议25次", "党建工作专题会议3次", "党建调研8次", "上党课4次", "宣讲5场次", "乡村振兴线上线下培训8场次", "研讨交流6场次",
        "考察学习3批次", "成果交流8场次", "培训班3期", "100人次", "对23名村“两委”成员进行任职资格联审", "清理“问题成员”2名",
        "后备干部12人", "专职村书记后备干部4名", "平均年龄41.6岁，较上届下降13.0%", "高中及以上学历占比68%，较上届提高5个百分点",
        "全面推进“四抓两整治”", "党建督查12次", "约谈村党组织书记25人次", "2个软弱涣散党组织完成整顿转化", "承诺事项20项", "履诺率100%",
        "阵地不达标的党组织3个", "2个区级示范党支部", "3个市级样板党支部",
        "集体经济收入15万元以上的村达到8个，10万元以上的村达到3个，5万元以上的村达到2个",
        "选派专职村书记3名", "村党组织负责人领办创办农民专业合作社8个", "耕地质量保护与提升项目1800亩", "制种面积达到2.3万亩",
    ];

    [Fact]
    public async Task Every_covered_figure_of_seed_000_is_printed_with_its_value_and_unit()
    {
        await using var world = await BuildAsync();
        var report = await world.ComposeAsync(Year);
        var highlights = report.Render(ReportSection.Highlights);
        foreach (var figure in CoveredFigures)
        {
            highlights.ShouldContain(figure);
        }

        report.Title.ShouldBe("某镇党委书记2023年度抓基层党建工作述职报告");
        report.Render(ReportSection.Opening).ShouldStartWith("根据会议安排，现将本人2023年度");
        highlights.ShouldStartWith("一是");
        highlights.ShouldContain("二是");
    }

    public static async Task<ReportWorld> BuildAsync()
    {
        var world = await ReportWorld.CreateAsync(villages: 13);
        world.Meetings(Year, MeetingKind.TownshipCommitteeMeeting, 25, world.Township);
        world.Meetings(Year, MeetingKind.PartyBuildingSession, 3, world.Township);
        world.Meetings(Year, MeetingKind.PartyLecture, 4, speaker: ReportWorld.Secretary);
        world.Meetings(Year, MeetingKind.PartyLecture, 6, speaker: "村书记"); // not the township secretary's
        await world.WorkAsync(Year, "research", 8, ledBy: ReportWorld.Secretary);
        await world.WorkAsync(Year, "publicity", 5);
        await world.WorkAsync(Year, "seminar", 6);
        await world.WorkAsync(Year, "study-trip", 3);
        await world.WorkAsync(Year, "exchange", 8);
        await world.WorkAsync(Year, "training", 2, participants: 34);
        await world.WorkAsync(Year, "training", 1, participants: 32);
        await world.WorkAsync(Year - 1, "research", 30); // another year: must not count

        // The county counts its online rural-revitalization trainings in 场次 and words a theme with its campaign.
        var rural = await world.CountyCategoryAsync("rural-training", "乡村振兴线上线下培训", "场次");
        for (var i = 0; i < 8; i++)
        {
            world.Db.WorkRecords.Add(new() { OrganizationId = world.Township.Id, CategoryId = rural.Id, HeldOn = ReportWorld.Day(Year, i), Title = $"线上培训{i}", EnteredAtUtc = TimeProvider.System.UtcNow() });
        }

        var template = ReportTemplate.Default;
        var themes = template.Highlights!.Select(t => t with { Sentences = [.. t.Sentences] }).ToList();
        themes[1].Sentences[1] = themes[1].Sentences[1] with { Clauses = [.. themes[1].Sentences[1].Clauses, "开展乡村振兴线上线下培训{{fig:work.rural-training}}"] };
        themes[2] = themes[2] with { Lead = "认真贯彻落实新时代党的组织路线，全面推进“四抓两整治”。" };
        themes[3] = themes[3] with { Sentences = themes[3].Sentences.Select(x => x with { Clauses = x.Clauses.Select(c => c.Replace("市级示范党支部", "市级样板党支部")).ToList() }).ToList() };
        themes[2] = themes[2] with { Sentences = [.. themes[2].Sentences, new() { Clauses = ["选派专职村书记{{fig:work.fulltime-secretary}}到村任职"] }] };
        themes[^1] = themes[^1] with
        {
            Sentences = [.. themes[^1].Sentences, new() { Clauses = ["村党组织负责人领办创办农民专业合作社{{fig:work.cooperative}}", "实施耕地质量保护与提升项目{{fig:work.farmland}}", "全镇蔬菜、瓜类、花卉制种面积达到{{fig:work.seed-area}}"] }],
        };
        await world.CountyTemplateAsync(new ReportTemplate
        {
            Highlights = themes,
            Indicators =
            [
                new IndicatorDefinition { Id = "work.rural-training", Name = "乡村振兴线上线下培训", Unit = "场次", Source = "work", Kind = IndicatorKind.Sum, Filter = "rural-training" },
                ReportWorld.WithUnit("reserves.added", "人"),
                .. await LongTailAsync(world),
            ],
        });

        var records = world.Cadres;
        var earlier = await records.TermAsync(world.Township, "2020年换届", new DateOnly(2020, 10, 20));
        var later = await records.TermAsync(world.Township, "2023年换届", new DateOnly(Year, 3, 16));
        // Earlier: 19 secretaries, 908 / 19 = 47.8岁, 12 of 19 high school or above = 63%.
        records.Add(earlier, Repeat((48, 16), (47, 2), (46, 1)), Repeat((Education.HighSchool, 12), (Education.JuniorHigh, 7)), (c, _) => c.PartyPost = PartyPost.Secretary);
        // Later: 25 secretaries, 1040 / 25 = 41.6岁, 17 of 25 = 68%.
        records.Add(later, Repeat((42, 15), (41, 10)), Repeat((Education.College, 17), (Education.JuniorHigh, 8)), (c, _) => c.PartyPost = PartyPost.Secretary);
        await world.Db.SaveChangesAsync();
        await world.ReviewsAsync(later, Year, reviewed: 23, removed: 2);
        world.Reserves(Year, 4, ReserveSource.WealthLeader);
        world.Reserves(Year, 2, ReserveSource.Veteran);
        world.Reserves(Year, 2, ReserveSource.VillageGroupCadre);
        world.Reserves(Year, 4, ReserveSource.WealthLeader, fullTime: true);
        await world.Db.SaveChangesAsync();
        await LoopAndBuildingAsync(world);
        return world;
    }

    /// <summary>党建督查12次, 约谈村党组织书记25人次 (and 2人次 of other cadres), 承诺事项20项 all kept, 2 weak organizations converted,
    /// 3 villages' venues below standard, 2 district and 3 city titles, incomes 8 ≥15万元, 3 in [10, 15), 2 in [5, 10).</summary>
    private static async Task LoopAndBuildingAsync(ReportWorld world)
    {
        world.Inspections(Year, 12, findingsEach: 1);
        world.Talks(Year, 3, 25);
        world.Talks(Year, 1, 2, TalkTarget.Cadre);
        world.Commitments(Year, 20, fulfilled: 20);
        var v = world.Villages;
        world.Weak(v[0], Year, convertedOn: new DateOnly(Year, 10, 15));
        world.Weak(v[1], Year, convertedOn: new DateOnly(Year, 11, 20));
        for (var i = 0; i < v.Count; i++)
        {
            world.Check(v[i], Year, venueMeetsStandard: i >= 3, accepted: i >= 3);
            world.Income(v[i], Year, i < 8 ? 15 + i : i < 11 ? 10 + i % 3 : 5 + i % 2);
        }

        world.Title(v[0], Year, TitleLevel.District, "区级示范党支部");
        world.Title(v[1], Year, TitleLevel.District, "区级示范党支部");
        for (var i = 2; i < 5; i++)
        {
            world.Title(v[i], Year, TitleLevel.City, "市级样板党支部");
        }

        await world.Db.SaveChangesAsync();
    }

    /// <summary>The county's own categories for what has no entity: each record carries its quantity in the category's unit.</summary>
    private static async Task<List<IndicatorDefinition>> LongTailAsync(ReportWorld world)
    {
        var definitions = new List<IndicatorDefinition>();
        foreach (var (code, name, unit, quantities) in new (string, string, string, decimal[])[]
        {
            ("fulltime-secretary", "选派专职村书记", "名", [1, 1, 1]),
            ("cooperative", "领办创办农民专业合作社", "个", [1, 1, 1, 1, 1, 1, 1, 1]),
            ("farmland", "耕地质量保护与提升项目", "亩", [1200, 600]),
            ("seed-area", "制种面积", "万亩", [2.3m]),
        })
        {
            var category = await world.CountyCategoryAsync(code, name, unit);
            for (var i = 0; i < quantities.Length; i++)
            {
                world.Db.WorkRecords.Add(new() { OrganizationId = world.Villages[i].Id, CategoryId = category.Id, HeldOn = ReportWorld.Day(Year, i), Title = $"{name}{i + 1}", Quantity = quantities[i], EnteredAtUtc = TimeProvider.System.UtcNow() });
            }

            definitions.Add(new IndicatorDefinition { Id = $"work.{code}", Name = name, Unit = unit, Source = "work", Kind = IndicatorKind.Sum, Filter = code });
        }

        await world.Db.SaveChangesAsync();
        return definitions;
    }
}
