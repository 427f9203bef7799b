using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reviews;

/// <summary>The detailed township's side of the demo review: last year's published review and this year's report stating its comments.</summary>
public sealed class DemoReviewTests : DemoTownshipDatabase
{
    [Fact]
    public async Task Last_years_review_is_published_with_the_detailed_townships_report_ballots_and_comments()
    {
        await using var db = Open();
        var plans = await db.ReviewPlans.AsNoTracking().OrderBy(p => p.Year).ToListAsync();
        plans.Select(p => (p.Year, p.State)).ShouldBe([(Today.Year - 1, ReviewPlanState.Published), (Today.Year, ReviewPlanState.Open)]);
        var service = new ReviewService(db, TimeProvider.System);
        var plan = (await service.FindAsync(plans[0].Id))!;
        var township = plan.Participants.Single();
        township.Organization!.Name.ShouldBe(DemoCounty.DetailedTownshipName);
        var report = await db.ReportDrafts.SingleAsync(d => d.Id == township.ReportDraftId);
        (report.Year, report.State).ShouldBe((Today.Year - 1, ReportState.Submitted));
        township.Ballots!.Validate().ShouldBeEmpty();
        (township.Rank, township.Flagged).ShouldBe((1, false), "a lone participant is never flagged");
        township.Total!.Value.ShouldBeGreaterThan(60);
        township.IndicatorScores().Count.ShouldBe(plan.Indicators.Count);

        var comments = await service.CommentsAsync(plan);
        comments.Count.ShouldBe(3);
        comments.Select(c => RectificationStates.Of(c.RectificationItem!, Today))
            .ShouldBe([RectificationState.SignedOff, RectificationState.AwaitingSignOff, RectificationState.Overdue]);

        var current = await ReportDrafts.Composer(db, Today).ComposeAsync(new ReportInput(township.Organization, Today.Year));
        current.Render(ReportSection.Problems).ShouldContain($"{Today.Year - 1}年度述职评议领导点评指出的3个问题中，已销号1个、待销号1个、逾期1个：①党建引领乡村振兴的办法不多");
    }
}

/// <summary>The whole demo county (5 townships), as the web app seeds it: every township reviewed, the last one flagged with a talk.</summary>
public sealed class DemoCountyReviewTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly string file = Path.Combine(Path.GetTempPath(), $"review-{Guid.NewGuid():N}.db");

    private AppDbContext Open() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options);

    public async ValueTask InitializeAsync()
    {
        await using var db = Open();
        await SchemaMigrator.MigrateAsync(db);
        await new DemoSeeder(db, null, null).SeedAsync(DemoScale.Demo, today: Today);
    }

    [Fact]
    public async Task Every_township_is_ranked_and_the_last_one_gets_a_talk()
    {
        await using var db = Open();
        var plan = await db.ReviewPlans.AsNoTracking().SingleAsync(p => p.Year == Today.Year - 1);
        plan.State.ShouldBe(ReviewPlanState.Published);
        var participants = await db.ReviewParticipants.AsNoTracking().Include(p => p.Talk).Where(p => p.PlanId == plan.Id).OrderBy(p => p.Rank).ToListAsync();
        participants.Count.ShouldBe(5);
        participants.Select(p => p.Rank).ShouldBe([1, 2, 3, 4, 5]);
        participants.Select(p => p.Total).ShouldBeInOrder(SortDirection.Descending);
        participants.Select(p => p.Flagged).ShouldBe([false, false, false, false, true]);
        participants[^1].Talk!.Reason.ShouldContain($"{Today.Year - 1}年度抓基层党建工作述职评议考核综合排名第5名（共5名），列后1位");
        (await db.ReviewComments.CountAsync(c => c.Participant!.PlanId == plan.Id)).ShouldBe(7);
        (await db.ReviewParticipants.CountAsync(p => p.Plan!.Year == Today.Year)).ShouldBe(5);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
        return ValueTask.CompletedTask;
    }
}
