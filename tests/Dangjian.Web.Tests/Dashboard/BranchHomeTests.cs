using System.Globalization;
using System.Net;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Development;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Dashboard;

/// <summary>A branch secretary's home: this month's meetings, rectification to answer, development steps and commitments coming due.</summary>
public sealed class BranchHomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Each_due_record_of_the_branch_appears_once_and_leaves_when_resolved()
    {
        var today = HomeWorld.IntoNextMonth(app);
        var branch = await HomeWorld.OrganizationOfAsync(app, "branch");
        var problem = $"首页整改{Guid.NewGuid():N}";
        var item = await HomeWorld.ItemAsync(app, branch, problem, today.AddDays(-1), today.AddDays(10));
        var promise = $"首页承诺{Guid.NewGuid():N}";
        await using (var db = app.NewDbContext())
        {
            db.Commitments.Add(new() { OrganizationId = branch.Id, Year = today.Year, Content = promise, DueOn = today.AddDays(5) });
            db.Commitments.Add(new() { OrganizationId = branch.Id, Year = today.Year, Content = promise + "远期", DueOn = today.AddDays(DueItems.SoonDays + 5) });
            await db.SaveChangesAsync();
        }

        var browser = await Browser.LoginAsync(app, "branch");
        var applicant = "首页申请人" + Guid.NewGuid().ToString("N")[..6];
        (await browser.PostFormAsync("/Development/Create", new()
        {
            ["Form.OrganizationId"] = branch.Id.ToString(CultureInfo.InvariantCulture), ["Form.Name"] = applicant, ["Form.Sex"] = "Male",
            ["Form.BirthDate"] = D(today.AddYears(-30)), ["Form.Education"] = "HighSchool", ["Form.AppliedOn"] = D(today.AddDays(-20)),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int caseId;
        await using (var db = app.NewDbContext())
        {
            caseId = await db.DevelopmentCases.Where(c => c.Name == applicant).Select(c => c.Id).SingleAsync();
        }

        var (status, html) = await browser.GetAsync("/");
        status.ShouldBe(HttpStatusCode.OK);
        var theme = HomeWorld.Containing(html, DueKind.Meeting, "主题党日").Where(a => a.TextContent.StartsWith(branch.Name + "：", StringComparison.Ordinal)).ToList();
        theme.Count.ShouldBe(1, "no theme day is recorded yet this month");
        theme[0].GetAttribute("href").ShouldBe($"/Meetings/Create?org={branch.Id}&kind=ThemeDay");
        var answer = HomeWorld.Containing(html, DueKind.RectificationToAnswer, problem);
        answer.Count.ShouldBe(1);
        answer[0].GetAttribute("href").ShouldBe($"/Loop/Rectification/Details/{item.Id}");
        HomeWorld.Containing(html, DueKind.Commitment, promise).Select(a => a.TextContent).ShouldBe([$"{branch.Name}：{promise}（时限{D(today.AddDays(5))}）"],
            "the commitment due beyond 30 days is not due yet");
        int promiseId;
        await using (var db = app.NewDbContext())
        {
            promiseId = await db.Commitments.Where(c => c.Content == promise).Select(c => c.Id).SingleAsync();
        }

        var promised = HomeWorld.Containing(html, DueKind.Commitment, promise).Single().GetAttribute("href")!;
        promised.ShouldBe($"/Loop/Commitments?year={today.Year}&commitment={promiseId}#commitment-{promiseId}", "the due line opens its own row");
        var (listStatus, list) = await browser.GetAsync(promised);
        listStatus.ShouldBe(HttpStatusCode.OK);
        var row = list.QuerySelector($"#commitment-{promiseId}");
        row.ShouldNotBeNull("the row is on the page the link opens");
        row.ClassList.ShouldContain("focused");
        row.TextContent.ShouldContain(promise);
        var step = HomeWorld.Containing(html, DueKind.DevelopmentStep, applicant);
        step.Count.ShouldBe(1, "the talk (谈话) falls due within a month of the application");
        step[0].GetAttribute("href").ShouldBe($"/Development/Details/{caseId}");
        html.QuerySelectorAll("#due-awaitingsignoff, #due-branchgap, #due-report").Length.ShouldBe(0, "a branch secretary has no township work");

        await HomeWorld.MeetingAsync(app, branch, MeetingKind.ThemeDay, today);
        var url = $"/Loop/Rectification/Details/{item.Id}";
        (await browser.PostFormAsync($"{url}?handler=Submit", new() { ["Version"] = "0", ["Evidence"] = "整改报告", ["On"] = D(today) }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var commitment = await db.Commitments.SingleAsync(c => c.Content == promise);
            commitment.FulfilledOn = today;
            var talk = await db.DevelopmentCases.SingleAsync(c => c.Id == caseId);
            talk.Steps.Add(new DevelopmentStepRecord { Step = StepNumbers.Talk, CompletedOn = today });
            talk.LastStep = StepNumbers.Talk;
            await db.SaveChangesAsync();
        }

        (_, html) = await browser.GetAsync("/");
        HomeWorld.Containing(html, DueKind.Meeting, "主题党日").Where(a => a.TextContent.StartsWith(branch.Name + "：", StringComparison.Ordinal)).ShouldBeEmpty();
        HomeWorld.Containing(html, DueKind.RectificationToAnswer, problem).ShouldBeEmpty();
        HomeWorld.Containing(html, DueKind.Commitment, promise).ShouldBeEmpty();
        HomeWorld.Containing(html, DueKind.DevelopmentStep, applicant).ShouldBeEmpty();
    }
}
