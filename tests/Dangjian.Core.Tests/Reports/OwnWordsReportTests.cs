using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// 二、 in the secretary's own words: proposed problems are suggestions she takes or leaves, causes are shared rather than
/// mirrored one per problem, and 三、 merges her plans with the measures without saying one thing twice.
/// </summary>
public sealed class OwnWordsReportTests
{
    private const int Year = 2025;

    private static Task<ComposedReport> ComposeAsync(ReportWorld world, string? plans = null, string? problems = null, string? causes = null, IReadOnlyCollection<string>? declined = null) =>
        new ReportComposer(world.Db, new DateOnly(Year + 1, 1, 15)).ComposeAsync(new ReportInput(world.Township, Year, plans, problems, causes, declined));

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task A_proposed_problem_she_leaves_out_is_not_printed_nor_its_cause_or_measure_and_her_own_problem_leads()
    {
        await using var world = await LoopProblemTests.BuildAsync();
        var suggestions = await new ReportComposer(world.Db, new DateOnly(Year + 1, 1, 15)).SuggestionsAsync(new ReportInput(world.Township, Year));
        suggestions.Select(s => s.Key).ShouldBe(["compliance.organizations", "members.developed", "rectification.overdue", "weak.unconverted", "commitments.rate", "income.under-5"]);
        suggestions[3].Problem.ShouldBe("软弱涣散党组织整顿还不到位。尚有1个软弱涣散党组织未完成整顿转化。", customMessage: "shown with its figure");

        var own = "我对村级后备干部队伍建设抓得不够紧，部分村后备力量不足";
        var report = await ComposeAsync(world, problems: own, declined: ["members.developed", "weak.unconverted", "commitments.rate"]);
        var problems = report.Render(ReportSection.Problems);
        problems.ShouldStartWith($"一是{own}。");
        problems.ShouldNotContain("软弱涣散");
        problems.ShouldNotContain("履诺率");
        problems.ShouldNotContain("发展党员工作力度不够");
        problems.ShouldContain("二是组织生活制度落实还不到位");
        problems.ShouldContain("三是问题整改还不够及时");
        report.Render(ReportSection.NextSteps).ShouldNotContain("持续整顿软弱涣散党组织");
        report.Render(ReportSection.Causes).ShouldNotContain("少数基层党组织书记抓党建的意识还不够强", customMessage: "the declined 发展党员 and 履诺率 problems were the only ones with this cause");

        var all = await ComposeAsync(world);
        all.Render(ReportSection.Problems).ShouldContain("软弱涣散党组织整顿还不到位");
    }

    [Fact]
    public async Task Causes_are_shared_by_the_problems_that_name_them_not_one_per_problem()
    {
        await using var world = await LoopProblemTests.BuildAsync();
        var report = await ComposeAsync(world);
        report.Paragraphs.Count(p => p.Section == ReportSection.Problems).ShouldBe(6);
        var causes = report.Render(ReportSection.Causes);
        causes.ShouldBe("存在问题的主要原因："
            + "一是" + Cause("responsibility") + "二是" + Cause("awareness") + "三是" + Cause("methods"),
            customMessage: "six problems, three causes in the template's order: 组织生活 and 整改 → responsibility, 发展党员 and 履诺率 → awareness, 软弱涣散 and 集体经济 → methods");
    }

    [Fact]
    public async Task Her_own_causes_follow_the_shared_ones_and_repeat_none()
    {
        await using var world = await LoopProblemTests.BuildAsync();
        var causes = (await ComposeAsync(world, causes: "压力传导还不够到位\n我本人调研不够深入")).Render(ReportSection.Causes);
        Count(causes, "压力传导还不够到位").ShouldBe(1);
        causes.ShouldEndWith("四是我本人调研不够深入。");
    }

    [Fact]
    public async Task A_plan_that_says_the_same_as_a_measure_stands_in_its_place_once()
    {
        await using var world = await LoopProblemTests.BuildAsync();
        var plans = "严格整改销号管理。每月通报逾期事项，季度清零\n壮大村级集体经济，推行“一村一策”，对集体经济收入不足5万元的村逐村制定增收方案，推动薄弱村提档升级\n抓好村级后备干部队伍建设";
        var steps = (await ComposeAsync(world, plans: plans)).Paragraphs.Where(p => p.Section == ReportSection.NextSteps).Skip(1).Select(p => p.Text).ToList();
        steps.ShouldBe([
            "一是从严落实组织生活制度。每月初下发组织生活提醒，对未按规定开展组织生活的党组织逐一督促、限期补正，确保“三会一课”、主题党日等制度落到实处。",
            "二是严把党员发展质量关。注重从致富带头人、退役军人、返乡青年中培养入党积极分子，确保每个村党组织都有发展对象。",
            "三是严格整改销号管理。每月通报逾期事项，季度清零。",
            "四是持续整顿软弱涣散党组织。坚持领导包抓、党建指导员驻村指导，逐个制定整顿方案，确保按期完成整顿转化。",
            "五是严格落实承诺践诺制度。对承诺事项实行清单管理、定期公示，对未按期兑现的逐项督办。",
            "六是壮大村级集体经济，推行“一村一策”，对集体经济收入不足5万元的村逐村制定增收方案，推动薄弱村提档升级。",
            "七是抓好村级后备干部队伍建设。",
        ], customMessage: "her 整改 and 集体经济 plans stand in the places of the measures they repeat; the new plan follows");
    }

    [Fact]
    public void Texts_say_the_same_when_equal_without_punctuation_when_one_contains_the_other_or_their_headlines_match()
    {
        OwnWords.Same("壮大村级集体经济。推行“一村一策”", "壮大村级集体经济，推行一村一策").ShouldBeTrue();
        OwnWords.Same("严格整改销号管理。对逾期未整改的事项逐项督办", "严格整改销号管理。每月通报").ShouldBeTrue();
        OwnWords.Same("从严落实组织生活制度。每月初下发组织生活提醒", "每月初下发组织生活提醒").ShouldBeTrue();
        OwnWords.Same("从严落实组织生活制度。每月初下发组织生活提醒", "抓好党建").ShouldBeFalse("a short line is not a duplicate because a measure contains it");
        OwnWords.Same("壮大村级集体经济", "抓好村级后备干部队伍建设").ShouldBeFalse();
    }

    [Fact]
    public void A_county_template_naming_a_cause_that_does_not_exist_is_refused()
    {
        var rule = ReportTemplate.Default.Problems![0] with { Cause = "no-such-cause" };
        var errors = ReportTemplateCheck.Errors(new ReportTemplate { Problems = [rule] }, ["meetings", "compliance"], new HashSet<string>());
        errors.ShouldContain("存在问题的规则：原因编号“no-such-cause”不存在。");
    }

    [Fact]
    public void Every_default_problem_rule_names_a_cause_of_the_default_template()
    {
        var keys = ReportTemplate.Default.Causes!.Select(c => c.Key).ToHashSet();
        ReportTemplate.Default.Problems!.ShouldAllBe(r => keys.Contains(r.Cause));
        ReportTemplate.Default.Problems!.Select(r => r.Cause).Distinct().Count().ShouldBeLessThan(ReportTemplate.Default.Problems!.Count);
    }

    private static string Cause(string key) => ReportTemplate.Default.Causes!.Single(c => c.Key == key).Text;
}
