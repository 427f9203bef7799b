using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>Problems of 二、 proposed from the loop and building records: overdue rectification, weak organizations, unkept commitments, uneven income.</summary>
public sealed class LoopProblemTests
{
    private const int Year = 2025;

    public static async Task<ReportWorld> BuildAsync()
    {
        var world = await ReportWorld.CreateAsync(villages: 4);
        var v = world.Villages;
        world.Rectification(v[0], new(Year, 3, 1), new(Year, 4, 1));
        world.Rectification(v[1], new(Year, 5, 1), new(Year, 6, 1), signedOff: new(Year, 5, 20));
        world.Weak(v[2], Year);
        world.Commitments(Year, 8, fulfilled: 6);
        world.Income(v[0], Year, 16);
        world.Income(v[1], Year, 4.5);
        world.Income(v[2], Year, 3);
        await world.Db.SaveChangesAsync();
        return world;
    }

    [Fact]
    public async Task Each_rule_proposes_its_problem_cause_and_measure_with_the_figure()
    {
        await using var world = await BuildAsync();
        var report = await world.ComposeAsync(Year);
        var problems = report.Render(ReportSection.Problems);
        problems.ShouldContain("尚有1个整改事项超过整改期限仍未报送整改材料");
        problems.ShouldContain("尚有1个软弱涣散党组织未完成整顿转化");
        problems.ShouldContain("年度承诺事项履诺率为75%");
        problems.ShouldContain("辖区内尚有2个村集体经济收入不足5万元");
        report.Render(ReportSection.Causes).ShouldContain("整改责任压得不实");
        var measures = report.Render(ReportSection.NextSteps);
        measures.ShouldContain("严格整改销号管理");
        measures.ShouldContain("持续整顿软弱涣散党组织");
        measures.ShouldContain("严格落实承诺践诺制度");
        measures.ShouldContain("壮大村级集体经济");
    }

    [Fact]
    public async Task No_rule_fires_when_items_are_closed_organizations_converted_commitments_kept_and_incomes_reach_5()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        world.Rectification(world.Villages[0], new(Year, 3, 1), new(Year, 4, 1), signedOff: new(Year, 3, 25));
        world.Weak(world.Villages[1], Year, convertedOn: new(Year, 9, 1));
        world.Commitments(Year, 4, fulfilled: 4);
        world.Income(world.Villages[0], Year, 5);
        world.Income(world.Villages[1], Year, 12);
        var problems = (await world.ComposeAsync(Year)).Render(ReportSection.Problems);
        foreach (var text in new[] { "仍未报送整改材料", "软弱涣散", "履诺率", "集体经济" })
        {
            problems.ShouldNotContain(text);
        }
    }
}
