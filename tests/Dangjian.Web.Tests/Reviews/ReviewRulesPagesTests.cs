using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reviews;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Loop;
using Dangjian.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reviews;

/// <summary>Rules of a draft, ballot entry with its Chinese refusals, what the reviewed see, and 404 for what is out of scope.</summary>
public sealed class ReviewRulesPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task County_edits_the_rules_of_a_draft_and_an_invalid_change_saves_nothing()
    {
        var county = await Browser.LoginAsync(app, "county");
        var id = await ReviewWeb.CreateAsync(county, ReviewWeb.Year(app) + 1, open: false);
        var url = $"/Reviews/Rules/{id}";
        var (_, form) = await county.GetAsync(url);
        var fields = TemplateForms.Fields(form, "#rules-form");
        fields["Form.Objective"].ShouldBe("40");
        fields["Form.Indicators[5].IndicatorId"].ShouldBe("work.research");
        fields["Form.Indicators[6].IndicatorId"].ShouldBe("");

        fields["Form.Objective"] = "30";
        fields["Form.Indicators[0].Weight"] = "很多";
        var refused = await county.PostFormAsync(url, new(fields));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = (await Browser.ParseAsync(refused)).QuerySelector("#errors")!.TextContent;
        errors.ShouldContain("应填写数字");
        fields["Form.Indicators[0].Weight"] = "15";
        errors = (await Browser.ParseAsync(await county.PostFormAsync(url, new(fields)))).QuerySelector("#errors")!.TextContent;
        errors.ShouldContain("三部分权重之和应为100（现为90）");
        await using (var db = app.NewDbContext())
        {
            (await db.ReviewPlans.AsNoTracking().SingleAsync(p => p.Id == id)).Rules().Weights.Objective.ShouldBe(40);
        }

        fields["Form.Democratic"] = "40";
        fields["Form.BottomN"] = "2";
        fields["Form.FlagAction"] = nameof(FlagAction.Warning);
        fields["Form.Indicators[5].IndicatorId"] = "";
        fields["Form.Indicators[6].IndicatorId"] = "compliance.missing";
        fields["Form.Indicators[6].Weight"] = "10";
        fields["Form.Indicators[6].Direction"] = nameof(IndicatorDirection.Lower);
        fields["Form.Indicators[6].Target"] = "0";
        var saved = await county.PostFormAsync(url, new(fields));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await Browser.ParseAsync(saved)).QuerySelector("#errors")?.TextContent);
        await using (var db = app.NewDbContext())
        {
            var plan = await db.ReviewPlans.AsNoTracking().Include(p => p.Indicators).SingleAsync(p => p.Id == id);
            var rules = plan.Rules();
            (rules.Weights, rules.BottomN, rules.FlagAction).ShouldBe((new PartWeights(30, 40, 30), 2, FlagAction.Warning));
            plan.Indicators.OrderBy(i => i.Position).Select(i => i.IndicatorId).ShouldBe(
                ["meetings.committee", "lectures.secretary", "meetings.theme-days", "meetings.participation", "members.developed", "compliance.missing"]);
            plan.Indicators.Single(i => i.IndicatorId == "compliance.missing").Rule.ShouldBe(new ReviewIndicatorRule("compliance.missing", 10, IndicatorDirection.Lower, 0));
        }

        // The form still holds the version it was loaded with: someone saved meanwhile.
        fields["Form.BottomN"] = "1";
        (await Browser.ParseAsync(await county.PostFormAsync(url, new(fields)))).QuerySelector("#errors")!.TextContent.ShouldContain("已被他人修改");
        var (_, planPage) = await county.GetAsync($"/Reviews/Plan/{id}");
        planPage.QuerySelector("#rules")!.TextContent.ShouldContain("后2位警示谈话");
        planPage.QuerySelector("#indicators")!.TextContent.ShouldContain("越低越好");

        (await county.PostFormAsync($"/Reviews/Plan/{id}?handler=Open", new(), $"/Reviews/Plan/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await county.Client.GetAsync(url)).Headers.Location!.ToString().ShouldBe($"/Reviews/Plan/{id}");
        var secretary = await Browser.LoginAsync(app, "secretary");
        (await secretary.Client.GetAsync(url)).Headers.Location!.ToString().ShouldBe($"/Reviews/Plan/{id}");
    }

    [Fact]
    public async Task Ballots_over_the_voter_count_are_refused_in_Chinese_and_a_stale_form_is_a_conflict()
    {
        var county = await Browser.LoginAsync(app, "county");
        var plan = await ReviewWeb.CreateAsync(county, ReviewWeb.Year(app) + 2, open: true);
        var participant = await ReviewWeb.ParticipantAsync(app, plan);

        var (over, page) = await ReviewWeb.BallotsAsync(county, participant, 10, 8, 3, 0, 0);
        over.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#ballot-errors")!.TextContent.ShouldContain("各档票数合计11票，超过了参加测评的10人。");
        (_, page) = await ReviewWeb.BallotsAsync(county, participant, 10, 8, 1, 0, 0, score: "120");
        page.QuerySelector("#ballot-errors")!.TextContent.ShouldContain("评议组评分应在0至100之间。");
        await using (var db = app.NewDbContext())
        {
            (await db.ReviewParticipants.AsNoTracking().SingleAsync(x => x.Id == participant)).Voters.ShouldBe(0);
        }

        var (saved, _) = await ReviewWeb.BallotsAsync(county, participant, 10, 6, 2, 1, 0, score: "88.5");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int version;
        await using (var db = app.NewDbContext())
        {
            var row = await db.ReviewParticipants.AsNoTracking().SingleAsync(x => x.Id == participant);
            (row.Voters, row.BallotsGood, row.BallotsFairlyGood, row.BallotsAverage, row.BallotsPoor, row.ReviewerScore).ShouldBe((10, 6, 2, 1, 0, 88.5m));
            version = row.Version;
        }

        var (stale, conflict) = await ReviewWeb.BallotsAsync(county, participant, 12, 6, 2, 1, 0, version: version - 1);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        conflict.QuerySelector("#ballot-errors")!.TextContent.ShouldContain("已被他人修改，请刷新后重试");
        var (_, shown) = await county.GetAsync($"/Reviews/Participant/{participant}");
        shown.QuerySelector("#ballots")!.TextContent.ShouldBe("参加测评10人：好6票、较好2票、一般1票、差0票，未投或无效1票");

        var secretary = await Browser.LoginAsync(app, "secretary");
        (await secretary.PostFormAsync($"/Reviews/Participant/{participant}?handler=Ballots", new() { ["Ballots.Voters"] = "1" }, "/Account/ChangePassword"))
            .IsDenied().ShouldBeTrue();
    }

    [Fact]
    public async Task The_township_sees_only_its_own_row_and_its_comments_with_their_rectification()
    {
        var previous = await ReviewWeb.CountyPlanAsync(app, ReviewWeb.Year(app) - 1);
        var secretary = await Browser.LoginAsync(app, "secretary");
        var (_, index) = await secretary.GetAsync("/Reviews");
        index.QuerySelectorAll("#plans tbody tr").Single(r => r.QuerySelector($"a[href='/Reviews/Plan/{previous}']") != null).TextContent.ShouldContain("参加评议");
        var (status, plan) = await secretary.GetAsync($"/Reviews/Plan/{previous}");
        status.ShouldBe(HttpStatusCode.OK);
        var rows = plan.QuerySelectorAll("#participants tbody tr");
        rows.Select(r => r.GetAttribute("data-org")).ShouldBe([DemoCounty.DetailedTownshipName]);
        rows[0].QuerySelector(".grade")!.TextContent.ShouldNotBe("—");
        plan.QuerySelector("#plan-actions").ShouldBeNull();

        var (_, own) = await secretary.GetAsync($"/Reviews/Participant/{await ReviewWeb.ParticipantAsync(app, previous)}");
        own.QuerySelector("#score")!.TextContent.ShouldContain("综合得分");
        var comments = own.QuerySelectorAll("#comments tbody tr");
        comments.Length.ShouldBe(3);
        comments[0].QuerySelector(".status")!.TextContent.ShouldBe("已销号");
        comments[1].QuerySelector(".status")!.TextContent.ShouldBe("待销号");
        comments.ShouldAllBe(c => c.QuerySelector("a[href^='/Loop/Rectification/Details/']") != null);
        own.QuerySelector("#ballot-form").ShouldBeNull();
        own.QuerySelector("#comment-form").ShouldBeNull();

        var (_, branchIndex) = await (await Browser.LoginAsync(app, "branch")).GetAsync("/Reviews");
        branchIndex.QuerySelector($"a[href='/Reviews/Plan/{previous}']").ShouldBeNull();
    }

    [Fact]
    public async Task A_township_reviews_its_branches_the_same_way_and_a_branch_sees_only_its_own_row()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var plan = await ReviewWeb.CreateAsync(clerk, ReviewWeb.Year(app), open: true);
        int own, branches;
        await using (var db = app.NewDbContext())
        {
            var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
            branches = await db.Organizations.CountAsync(o => o.ParentId == township.Id && o.IsActive);
            var branchOrg = (await db.Users.SingleAsync(u => u.UserName == "branch")).OrganizationId;
            own = await db.ReviewParticipants.Where(x => x.PlanId == plan && x.OrganizationId == branchOrg).Select(x => x.Id).SingleAsync();
            (await db.ReviewPlans.AsNoTracking().SingleAsync(p => p.Id == plan)).Title.ShouldContain("基层党组织书记");
        }

        var (_, overview) = await clerk.GetAsync($"/Reviews/Plan/{plan}");
        overview.QuerySelectorAll("#participants tbody tr").Length.ShouldBe(branches);
        (await ReviewWeb.BallotsAsync(clerk, own, 20, 15, 3, 1, 0)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var branch = await Browser.LoginAsync(app, "branch");
        var (_, index) = await branch.GetAsync("/Reviews");
        index.QuerySelectorAll("#plans tbody tr").ShouldHaveSingleItem().TextContent.ShouldContain("参加评议");
        var (_, page) = await branch.GetAsync($"/Reviews/Plan/{plan}");
        page.QuerySelectorAll("#participants tbody tr").ShouldHaveSingleItem();
        page.QuerySelector("#not-published").ShouldNotBeNull();
        var (_, row) = await branch.GetAsync($"/Reviews/Participant/{own}");
        row.QuerySelector("#ballots").ShouldBeNull();
        (await branch.PostFormAsync($"/Reviews/Participant/{own}?handler=Comment", new() { ["Comment.Text"] = "自评" }, "/Account/ChangePassword")).IsDenied().ShouldBeTrue();
        (await branch.Client.GetAsync($"/Reviews/Rules/{plan}")).IsDenied().ShouldBeTrue();
    }

    [Fact]
    public async Task A_plan_or_participant_out_of_scope_answers_404()
    {
        await using var db = app.NewDbContext();
        var other = await db.Organizations.FirstAsync(o => o.Level == OrgLevel.TownshipCommittee && o.Name != DemoCounty.DetailedTownshipName);
        var foreignPlan = await new ReviewService(db, app.Clock).CreatePlanAsync(other, ReviewWeb.Year(app), "test");
        var foreignRow = await ReviewWeb.ParticipantAsync(app, await ReviewWeb.CountyPlanAsync(app, ReviewWeb.Year(app) - 1), other.Name);

        var clerk = await Browser.LoginAsync(app, "clerk");
        foreach (var url in new[] { $"/Reviews/Plan/{foreignPlan.Id}", $"/Reviews/Rules/{foreignPlan.Id}", $"/Reviews/Download/{foreignPlan.Id}",
                     $"/Reviews/Participant/{foreignRow}", $"/Reviews/Figure/{foreignRow}?indicator=meetings.committee" })
        {
            (await clerk.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await clerk.PostFormAsync($"/Reviews/Plan/{foreignPlan.Id}?handler=Open", new(), "/Account/ChangePassword")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.PostFormAsync($"/Reviews/Participant/{foreignRow}?handler=Comment", new() { ["Comment.Text"] = "越权" }, "/Account/ChangePassword"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.ReviewPlans.AsNoTracking().SingleAsync(p => p.Id == foreignPlan.Id)).State.ShouldBe(ReviewPlanState.Draft);

        var county = await Browser.LoginAsync(app, "county");
        var (_, plan) = await county.GetAsync($"/Reviews/Plan/{foreignPlan.Id}");
        plan.QuerySelector("#plan-actions")!.TextContent.ShouldContain("修改规则和指标");
        plan.QuerySelectorAll("#participants tbody tr").Length.ShouldBe(await db.Organizations.CountAsync(o => o.ParentId == other.Id && o.IsActive));
    }
}
