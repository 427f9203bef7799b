using Dangjian.Core.Cadres;
using Dangjian.Core.OrgLife;
using Dangjian.Core.People;
using Dangjian.Core.Reports;
using Shouldly;
using static Dangjian.Core.Tests.Cadres.CadreRecords;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// Personnel figures of seed 001 (a 2021 report) and meeting figures of seed 002 (a 2023 report), copied here as constants.
/// Gaps, documented: seed 001 入党积极分子14名 and seed 002 入党积极分子6名 need the development pipeline; 储备村级后备干部**名
/// and 预备党员**名 are redacted in the seed. Seed 002 talks (约谈4轮63人次), 问责4人次, 督导检查12轮次 and 督查通报8期 come with the
/// responsibility loop; 承诺事项20项, 为民办实事15件 and 志愿服务 with commitments and deeds; its 争取资金35万元 and 80万元 are
/// printed as one total (115万元); "新选配村党组织成员15名…比例达到80%" combines age and education in one share not built yet.
/// </summary>
public sealed class Seed001And002ReportTests
{
    // Seed 001: "发展正式党员12名"(read as 12 probationary members converted) "选任村党组织书记7名，副书记3名，新一届村党组织书记、
    // 副书记平均年龄41.1岁，其中：中专学历2名，大专以上学历8名；推选支委委员29名，平均年龄48.2岁".
    public static readonly string[] Seed001Figures =
    [
        "预备党员转正12名", "选任村党组织书记7名", "副书记3名", "平均年龄41.1岁", "中专学历2名", "大专以上学历8名", "推选支委委员29名", "支委委员平均年龄48.2岁",
    ];

    // Seed 002: "主持召开党委理论中心组学习会15场次，党建工作会议3场次，研究解决涉及基层党建方面问题13件，开展党建调研10次",
    // "组织开展党务工作培训班6期，培训党员干部120余人次", "举办研讨交流8期", "新发展党员8名，按期转正党员2名".
    public static readonly string[] Seed002Figures =
    [
        "理论学习中心组学习15场次", "党建工作专题会议3场次", "研究解决基层党建问题13件", "党建调研10次", "培训班6期", "培训党员干部120人次", "研讨交流8期",
        "新发展党员8名", "预备党员转正2名",
    ];

    [Fact]
    public async Task Seed_001_personnel_figures()
    {
        const int year = 2021;
        await using var world = await ReportWorld.CreateAsync(villages: 7);
        world.Members(12, new DateOnly(2020, 6, 1), MemberStatus.Full, convertedOn: new DateOnly(year, 6, 2));
        var records = world.Cadres;
        var term = await records.TermAsync(world.Township, "2021年换届", new DateOnly(year, 10, 20));
        records.Add(term, [35, 38, 39, 40, 41, 42, 43, 44, 44, 45], Repeat((Education.Vocational, 2), (Education.College, 6), (Education.Bachelor, 2)),
            (c, i) => c.PartyPost = i < 7 ? PartyPost.Secretary : PartyPost.DeputySecretary);
        records.Add(term, Repeat((45, 14), (51, 12), (52, 3)), Repeat((Education.HighSchool, 29)), (c, _) => c.PartyPost = PartyPost.CommitteeMember);
        var text = (await world.ComposeAsync(year)).Render(ReportSection.Highlights);
        foreach (var figure in Seed001Figures)
        {
            text.ShouldContain(figure);
        }

        text.ShouldNotContain("较上届", Case.Sensitive, "no earlier term recorded: no comparison");
    }

    [Fact]
    public async Task Seed_002_meeting_figures()
    {
        const int year = 2023;
        await using var world = await ReportWorld.CreateAsync(villages: 10);
        world.Meetings(year, MeetingKind.CentralGroupStudy, 15, world.Township);
        world.Meetings(year, MeetingKind.PartyBuildingSession, 3, world.Township);
        await world.WorkAsync(year, "problem-solved", 13);
        await world.WorkAsync(year, "research", 10);
        await world.WorkAsync(year, "training", 6, participants: 20);
        await world.WorkAsync(year, "seminar", 8);
        world.Members(8, new DateOnly(year, 7, 1), MemberStatus.Probationary);
        world.Members(2, new DateOnly(year - 1, 7, 1), MemberStatus.Full, convertedOn: new DateOnly(year, 7, 3));
        await world.CountyTemplateAsync(new ReportTemplate
        {
            Indicators = [ReportWorld.WithUnit("meetings.session", "场次"), ReportWorld.WithUnit("work.seminar", "期")],
        });
        var text = (await world.ComposeAsync(year)).Render(ReportSection.Highlights);
        foreach (var figure in Seed002Figures)
        {
            text.ShouldContain(figure);
        }
    }
}
