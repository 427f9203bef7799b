using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reviews;
using Dangjian.Core.Tests.Cadres;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reviews;

public sealed class ReviewServiceTests
{
    [Fact]
    public async Task A_county_plan_takes_its_townships_with_default_indicators_and_their_latest_submitted_reports()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var first = await world.SubmitReportAsync(world.Townships[0], 2025);
        var latest = await world.SubmitReportAsync(world.Townships[0], 2025);
        await world.SubmitReportAsync(world.Townships[1], 2024);
        var draftOnly = await new Dangjian.Core.Reports.ReportDrafts(world.Db, world.Clock).ComposeAsync(world.Townships[2], 2025, null, "clerk");

        var plan = await world.Service.CreatePlanAsync(world.County, 2025, "county");

        plan.State.ShouldBe(ReviewPlanState.Draft);
        plan.Title.ShouldBe("某县委2025年度乡镇党委书记抓基层党建工作述职评议考核");
        plan.Participants.Select(p => (p.Organization!.Name, p.SecretaryName)).ShouldBe([("甲镇党委", "张明"), ("乙镇党委", "李强"), ("丙镇党委", "王芳")]);
        plan.Indicators.Select(i => i.IndicatorId).ShouldBe(ReviewRules.Default.Indicators!.Select(i => i.IndicatorId));
        plan.Participants.Select(p => p.ReportDraftId).ShouldBe([latest.Id, null, null], "only a submitted report of the year, the latest one");
        first.Id.ShouldBeLessThan(latest.Id);
        draftOnly.State.ShouldBe(Dangjian.Core.Reports.ReportState.Draft);
        (await world.Service.FindForYearAsync(world.County.Id, 2025))!.Id.ShouldBe(plan.Id);
        (await world.Service.FindForYearAsync(world.County.Id, 2024)).ShouldBeNull();
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.CreatePlanAsync(world.County, 2025, "county")))
            .Errors.ShouldBe(["2025年度的述职评议考核已经建立。"]);
    }

    [Fact]
    public async Task A_report_submitted_while_the_review_is_open_is_attached_at_once_but_not_after_publishing()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.OpenPlanAsync(2025);
        var report = await world.SubmitReportAsync(world.Townships[1], 2025);
        await using (var fresh = world.Open())
        {
            (await fresh.ReviewParticipants.SingleAsync(x => x.OrganizationId == world.Townships[1].Id)).ReportDraftId.ShouldBe(report.Id);
        }

        await world.BallotsForAllAsync(plan);
        await world.Service.PublishAsync(plan, "county");
        await world.SubmitReportAsync(world.Townships[1], 2025);
        await using var after = world.Open();
        (await after.ReviewParticipants.SingleAsync(x => x.OrganizationId == world.Townships[1].Id)).ReportDraftId.ShouldBe(report.Id, "published results keep the report they were based on");
    }

    [Fact]
    public async Task A_township_reviews_its_branches_the_same_way()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.Service.CreatePlanAsync(world.Townships[0], 2025, "secretary");
        plan.Participants.Select(p => p.Organization!.Name).ShouldBe(["甲镇1村党支部", "甲镇2村党支部"]);
        plan.Title.ShouldBe("甲镇党委2025年度基层党组织书记抓基层党建工作述职评议考核");
        var branch = plan.Participants[0].Organization!;
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.CreatePlanAsync(branch, 2025, "branch")))
            .Errors.ShouldContain("只有县委或乡镇党委可以组织述职评议考核。");
    }

    [Fact]
    public async Task Ballots_over_the_voters_are_refused_through_the_service_and_nothing_is_stored()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.OpenPlanAsync(2025);
        var p = plan.Participants[0];
        var refused = await Should.ThrowAsync<ReviewRuleException>(() => world.Service.EnterBallotsAsync(p, new BallotCounts(30, 20, 8, 2, 1), 101, p.Version));
        refused.Errors.ShouldBe(["各档票数合计31票，超过了参加测评的30人。", "评议组评分应在0至100之间。"]);
        await using var fresh = world.Open();
        (await fresh.ReviewParticipants.SingleAsync(x => x.Id == p.Id)).Voters.ShouldBe(0);

        await world.Service.EnterBallotsAsync(p, new BallotCounts(30, 20, 8, 2, 0), 88.5m, p.Version);
        await using var after = world.Open();
        var stored = await after.ReviewParticipants.SingleAsync(x => x.Id == p.Id);
        (stored.Voters, stored.BallotsGood, stored.BallotsPoor, stored.ReviewerScore, stored.Version).ShouldBe((30, 20, 0, 88.5m, 1));
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.EnterBallotsAsync(p, new BallotCounts(30, 20, 8, 2, 0), 88.5m, 0)))
            .Errors.ShouldBe(["该党组织的测评结果已被他人修改，请刷新后重试。"]);
    }

    [Fact]
    public async Task A_comment_becomes_a_rectification_item_of_the_participant_raised_by_the_county()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.OpenPlanAsync(2025);
        var p = world.Participant(plan, world.Townships[1]);

        var comment = await world.Service.AddCommentAsync(p, "抓党建促发展的办法不多。", "县委书记 周书记", "county");

        await using var fresh = world.Open();
        var item = await fresh.RectificationItems.Include(i => i.Changes).SingleAsync(i => i.Id == comment.RectificationItemId);
        (item.OrganizationId, item.RaisedById, item.Source).ShouldBe((world.Townships[1].Id, world.County.Id, RectificationSource.ReviewComment));
        (item.Problem, item.Status, item.RaisedOn, item.Deadline).ShouldBe(("抓党建促发展的办法不多。", RectificationStatus.Open, new DateOnly(2025, 12, 10), new DateOnly(2026, 6, 30)));
        item.Changes.Single().ChangedBy.ShouldBe("county");
        RectificationWorkflow.CanSignOff(item, world.County.Id).ShouldBeTrue();
        RectificationWorkflow.CanSignOff(item, world.Townships[1].Id).ShouldBeFalse();
        (await fresh.ReviewComments.SingleAsync()).Reviewer.ShouldBe("县委书记 周书记");

        var custom = await world.Service.AddCommentAsync(p, "后备干部储备不足", "组织部长", "county", new DateOnly(2026, 3, 31));
        (await fresh.RectificationItems.SingleAsync(i => i.Id == custom.RectificationItemId)).Deadline.ShouldBe(new DateOnly(2026, 3, 31));
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.AddCommentAsync(p, " ", "", "county")))
            .Errors.ShouldBe(["请填写点评内容（不超过2000字）。", "请填写点评人（不超过100字）。"]);
    }

    [Fact]
    public async Task Publishing_needs_every_ballot_then_freezes_scores_and_creates_each_talk_once()
    {
        await using var world = await ReviewWorld.CreateAsync();
        await world.CommitteeMeetingsAsync(world.Townships[0], 2025, 12);
        await world.CommitteeMeetingsAsync(world.Townships[1], 2025, 6);
        var plan = await world.OpenPlanAsync(2025, ReviewRules.Default with { BottomN = 1 });
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.PublishAsync(plan, "county"))).Errors
            .ShouldBe(["甲镇党委尚未录入民主测评票。", "乙镇党委尚未录入民主测评票。", "丙镇党委尚未录入民主测评票。",
                "甲镇党委尚未录入评议组评分。", "乙镇党委尚未录入评议组评分。", "丙镇党委尚未录入评议组评分。"]);
        await world.BallotsForAllAsync(plan);

        await world.Service.PublishAsync(plan, "county");

        await using var fresh = world.Open();
        var published = (await new ReviewService(fresh, world.Clock).FindAsync(plan.Id))!;
        published.State.ShouldBe(ReviewPlanState.Published);
        var ranked = published.Participants.OrderBy(x => x.Rank).ToList();
        ranked.Select(x => x.Organization!.Name).ShouldBe(["甲镇党委", "乙镇党委", "丙镇党委"]);
        var committee = ranked.Select(x => x.IndicatorScores().Single(s => s.IndicatorId == "meetings.committee")).ToList();
        committee.Select(s => (s.Display, s.Score)).ShouldBe([("12次", 100m), ("6次", 50m), (IndicatorScore.NoData, 0m)]);
        ranked.Select(x => x.Flagged).ShouldBe([false, false, true]);
        var talk = await fresh.Talks.SingleAsync();
        (talk.OrganizationId, talk.Talker, talk.Targets, talk.People).ShouldBe((world.County.Id, "周书记", "王芳", 1));
        talk.Reason.ShouldBe("2025年度抓基层党建工作述职评议考核综合排名第3名（共3名），列后1位，进行约谈");
        ranked[2].TalkId.ShouldBe(talk.Id);

        // more records after publishing change nothing; publishing again creates no second talk
        await world.CommitteeMeetingsAsync(world.Townships[2], 2025, 20);
        var totals = ranked.Select(x => x.Total).ToList();
        await world.Service.PublishAsync(plan, "county");
        (await world.Service.ComputeAsync(plan)).Select(x => x.Total).ShouldBe(totals);
        await using var again = world.Open();
        (await again.Talks.CountAsync()).ShouldBe(1);
        (await again.ReviewParticipants.OrderBy(x => x.Rank).Select(x => x.Total).ToListAsync()).ShouldBe(totals);
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.EnterBallotsAsync(ranked[0], new BallotCounts(30, 30, 0, 0, 0), 99, ranked[0].Version)))
            .Errors.ShouldBe(["评议结果已公布，不能再录入。"]);
    }

    [Fact]
    public async Task A_talk_removed_after_publishing_is_created_again_by_publishing_again_and_only_that_one()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.OpenPlanAsync(2025, ReviewRules.Default with { BottomN = 2, FlagAction = FlagAction.Warning });
        await world.BallotsForAllAsync(plan);
        await world.Service.PublishAsync(plan, "county");
        (await world.Db.Talks.CountAsync()).ShouldBe(2);
        world.Db.Talks.Remove(await world.Db.Talks.OrderBy(t => t.Id).FirstAsync());
        await world.Db.SaveChangesAsync();

        await world.Service.PublishAsync(plan, "county");

        var talks = await world.Db.Talks.ToListAsync();
        talks.Count.ShouldBe(2);
        talks.ShouldAllBe(t => t.Reason.EndsWith("进行警示谈话", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_change_only_in_a_draft_and_are_validated()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.Service.CreatePlanAsync(world.County, 2025, "county");
        var rules = plan.Rules() with { Weights = new(0, 50, 50), BottomN = 1 };
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.SaveRulesAsync(plan, rules, [new("no.such", 1), new("meetings.committee", 0)], plan.Version)))
            .Errors.ShouldBe(["没有编号为“no.such”的指标。", "指标“党委会议”的权重应大于0，目标值不能为负数。"]);

        await world.Service.SaveRulesAsync(plan, rules, [new("meetings.committee", 2, IndicatorDirection.Higher, 12)], plan.Version);

        await using var fresh = world.Open();
        var stored = (await new ReviewService(fresh, world.Clock).FindAsync(plan.Id))!;
        stored.Rules().Weights.ShouldBe(new PartWeights(0, 50, 50));
        stored.Indicators.Select(i => (i.IndicatorId, i.Weight, i.Target)).ShouldBe([("meetings.committee", 2m, (decimal?)12m)]);
        await world.Service.OpenAsync(plan);
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.SaveRulesAsync(plan, rules, [], plan.Version)))
            .Errors.ShouldContain("评议已经开始，不能再修改规则和指标。");
    }

    [Fact]
    public async Task A_township_sees_the_county_plan_with_its_own_row_and_comments_only()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.OpenPlanAsync(2025);
        await world.Service.AddCommentAsync(world.Participant(plan, world.Townships[0]), "甲镇的问题", "县委书记", "county");
        await world.Service.AddCommentAsync(world.Participant(plan, world.Townships[1]), "乙镇的问题", "县委书记", "county");
        var other = world.Participant(plan, world.Townships[1]);

        await using var scoped = world.Open(new FixedOrgScope([world.Townships[0].Path]));
        var service = new ReviewService(scoped, world.Clock);
        var seen = (await service.FindAsync(plan.Id))!;
        seen.Participants.Select(x => x.Organization!.Name).ShouldBe(["甲镇党委"]);
        (await service.CommentsAsync(seen)).Select(c => c.Text).ShouldBe(["甲镇的问题"]);
        (await service.ParticipantAsync(other.Id)).ShouldBeNull();
        var own = (await service.ParticipantAsync(seen.Participants[0].Id))!;
        own.Comments.Single().RectificationItem!.Problem.ShouldBe("甲镇的问题");
        (await Should.ThrowAsync<ReviewRuleException>(() => service.EnterBallotsAsync(own, new BallotCounts(30, 30, 0, 0, 0), 100, own.Version)))
            .Errors.ShouldBe(["只有组织评议的党组织可以进行此项操作。"]);

        await using var outside = world.Open(new FixedOrgScope(["/999/"]));
        (await new ReviewService(outside, world.Clock).FindAsync(plan.Id)).ShouldBeNull();
    }
}
