using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reviews;

/// <summary>Comments of the 2025 review become 2026 rectification items, and the 2026 report states how each was fixed.</summary>
public sealed class ReviewRoundTripTests
{
    [Fact]
    public async Task Comments_of_one_year_appear_with_their_status_in_the_next_years_report()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var (jia, yi) = (world.Townships[0], world.Townships[1]);
        world.At(2025, 12, 1);
        await world.SubmitReportAsync(jia, 2025);
        world.At(2025, 12, 10);
        var plan = await world.OpenPlanAsync(2025);
        var p = world.Participant(plan, jia);
        var fixedOne = await world.Service.AddCommentAsync(p, "抓党建促发展的办法不多。", "县委书记", "county");
        var waiting = await world.Service.AddCommentAsync(p, "软弱涣散村党组织整顿进度偏慢", "县委副书记", "county");
        var late = await world.Service.AddCommentAsync(p, "村级后备干部储备不足", "组织部长", "county", new DateOnly(2026, 3, 31));
        await world.Service.AddCommentAsync(world.Participant(plan, yi), "乙镇的问题", "县委书记", "county");
        await world.BallotsForAllAsync(plan);
        await world.Service.PublishAsync(plan, "county");
        p.ReportDraftId.ShouldNotBeNull("the submitted 2025 report is attached");

        // 2026: the township fixes one (signed off by the county), hands in evidence for another in time, lets the third lapse
        var items = await world.Db.RectificationItems.Where(i => i.OrganizationId == jia.Id).OrderBy(i => i.Id).ToListAsync();
        items.Select(i => i.Id).ShouldBe([fixedOne.RectificationItemId!.Value, waiting.RectificationItemId!.Value, late.RectificationItemId!.Value]);
        var owner = new RectificationActor(jia.Id, "张明", new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc));
        RectificationWorkflow.Submit(items[0], owner, "建立党建联系点", "整改报告").ShouldBeNull();
        RectificationWorkflow.SignOff(items[0], new RectificationActor(world.County.Id, "县委组织部", new DateTime(2026, 4, 10, 2, 0, 0, DateTimeKind.Utc)), null).ShouldBeNull();
        RectificationWorkflow.Submit(items[1], owner with { Now = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc) }, null, "整顿方案及验收记录").ShouldBeNull();
        await world.Db.SaveChangesAsync();

        world.At(2026, 12, 20);
        var draft = await new ReportDrafts(world.Db, world.Clock).ComposeAsync(jia, 2026, null, "clerk");

        var problems = draft.Paragraphs.Where(x => x.Section == ReportSection.Problems).Select(x => x.Text).ToList();
        // after the problems the indicator rules propose (numbered 一是, 二是…)
        problems[^1].ShouldEndWith("是述职评议点评问题整改还不够彻底。2025年度述职评议领导点评指出的3个问题中，已销号1个、待销号1个、逾期1个："
            + "①抓党建促发展的办法不多（已销号）；②软弱涣散村党组织整顿进度偏慢（待销号）；③村级后备干部储备不足（逾期）。");
        draft.Paragraphs.Single(x => x.Section == ReportSection.Causes).Text.ShouldContain("对述职评议点评问题整改跟踪督办不够有力");
        draft.Paragraphs.Where(x => x.Section == ReportSection.NextSteps).ShouldContain(x => x.Text.Contains("尚未整改到位的2个问题逐项挂账督办", StringComparison.Ordinal));
        problems.ShouldNotContain(x => x.Contains("乙镇的问题", StringComparison.Ordinal), "another township's comments stay out");

        // once all are signed off the report says so; the year after, 2025's comments are no longer listed
        foreach (var item in items.Skip(1))
        {
            if (item.Status == RectificationStatus.Open)
            {
                RectificationWorkflow.Submit(item, owner with { Now = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc) }, null, "补充材料").ShouldBeNull();
            }

            RectificationWorkflow.SignOff(item, new RectificationActor(world.County.Id, "县委组织部", new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc)), null).ShouldBeNull();
        }

        await world.Db.SaveChangesAsync();
        var composer = ReportDrafts.Composer(world.Db, new DateOnly(2026, 12, 20));
        var allFixed = await composer.ComposeAsync(new ReportInput(jia, 2026));
        allFixed.Render(ReportSection.Problems).ShouldContain("针对2025年度述职评议领导点评指出的3个问题，逐一制定方案、逐项整改落实到位：①抓党建促发展的办法不多（已销号）；");
        (await composer.ComposeAsync(new ReportInput(jia, 2027))).Render(ReportSection.Problems).ShouldNotContain("述职评议");
        (await composer.ComposeAsync(new ReportInput(yi, 2026))).Render(ReportSection.Problems).ShouldContain("①乙镇的问题（逾期）");
    }

    [Theory]
    [InlineData(RectificationStatus.SignedOff, "2026-06-20", "2026-12-01", RectificationState.SignedOff)]
    [InlineData(RectificationStatus.Open, null, "2026-06-30", RectificationState.InProgress)]
    [InlineData(RectificationStatus.Open, null, "2026-07-01", RectificationState.Overdue)]
    [InlineData(RectificationStatus.Submitted, "2026-06-30", "2026-12-01", RectificationState.AwaitingSignOff)]
    [InlineData(RectificationStatus.Submitted, "2026-07-02", "2026-12-01", RectificationState.AwaitingSignOff)]
    [InlineData(RectificationStatus.Open, "2026-06-20", "2026-07-01", RectificationState.Overdue)]
    public void A_comments_status_reads_from_its_item(RectificationStatus status, string? submitted, string today, RectificationState expected) =>
        RectificationStates.Of(status, new DateOnly(2026, 6, 30), submitted is null ? null : DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture),
            status == RectificationStatus.SignedOff ? new DateOnly(2026, 6, 25) : null,
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
