using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

/// <summary>
/// The loop pages call an item overdue (逾期) by the one rule of the indicators and reports (<see cref="RectificationStates"/>):
/// an item whose material was submitted before its deadline and which waits for sign-off (待销号) is not overdue.
/// </summary>
public sealed class OverdueRuleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int Waiting, int Overdue)> ArrangeAsync(string waitingProblem, string overdueProblem)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var village = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).FirstAsync();
        var today = app.Clock.Today();
        var raisedAt = today.AddDays(-40).StartUtc().AddHours(2);
        RectificationItem Item(string problem) => RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = village.Id, RaisedById = township.Id, Source = RectificationSource.SelfFound, Problem = problem,
            RaisedOn = raisedAt.BeijingDate(), Deadline = today.AddDays(-10),
        }, new RectificationActor(township.Id, "党建办", raisedAt));
        var waiting = Item(waitingProblem);
        RectificationWorkflow.Submit(waiting, new RectificationActor(village.Id, "支部书记", today.AddDays(-12).StartUtc().AddHours(2)), null, "整改报告").ShouldBeNull();
        var overdue = Item(overdueProblem);
        db.RectificationItems.AddRange(waiting, overdue);
        await db.SaveChangesAsync();
        return (waiting.Id, overdue.Id);
    }

    [Fact]
    public async Task An_item_submitted_before_its_deadline_and_awaiting_sign_off_is_not_shown_as_overdue_on_the_loop_pages()
    {
        var (waitingProblem, overdueProblem) = ($"待销号{Guid.NewGuid():N}", $"逾期{Guid.NewGuid():N}");
        var (waiting, overdue) = await ArrangeAsync(waitingProblem, overdueProblem);
        var clerk = await Browser.LoginAsync(app, "clerk");

        var (_, desk) = await clerk.GetAsync("/Loop");
        desk.QuerySelector("#overdue")!.TextContent.ShouldContain(overdueProblem);
        desk.QuerySelector("#overdue")!.TextContent.ShouldNotContain(waitingProblem);

        var (_, overdueList) = await clerk.GetAsync("/Loop/Rectification?state=overdue");
        overdueList.QuerySelector("#items")!.TextContent.ShouldContain(overdueProblem);
        overdueList.QuerySelector("#items")!.TextContent.ShouldNotContain(waitingProblem);

        var (_, all) = await clerk.GetAsync("/Loop/Rectification?state=all");
        var rows = all.QuerySelectorAll("#items tbody tr").ToList();
        var waitingRow = rows.Single(r => r.TextContent.Contains(waitingProblem, StringComparison.Ordinal));
        var overdueRow = rows.Single(r => r.TextContent.Contains(overdueProblem, StringComparison.Ordinal));
        (waitingRow.ClassName ?? "").ShouldNotContain("overdue");
        waitingRow.QuerySelector(".state")!.TextContent.ShouldBe("待销号");
        (overdueRow.ClassName ?? "").ShouldContain("overdue");
        overdueRow.QuerySelector(".state")!.TextContent.ShouldBe("逾期");

        var (_, details) = await clerk.GetAsync($"/Loop/Rectification/Details/{waiting}");
        (details.QuerySelector("#deadline")!.ClassName ?? "").ShouldNotContain("overdue");
        details.QuerySelector("#status")!.TextContent.ShouldBe("待销号");
        var (_, late) = await clerk.GetAsync($"/Loop/Rectification/Details/{overdue}");
        late.QuerySelector("#deadline")!.ClassName!.ShouldContain("overdue");
        late.QuerySelector("#status")!.TextContent.ShouldBe("逾期");
    }
}
