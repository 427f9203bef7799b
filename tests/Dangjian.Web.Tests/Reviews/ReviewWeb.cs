using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Demo;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reviews;

/// <summary>Look-ups and steps the review page tests share (the demo county: last year's review published, this year's open).</summary>
internal static class ReviewWeb
{
    public static int Year(AppFactory app) => app.Clock.Today().Year;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The county's plan of a year.</summary>
    public static async Task<int> CountyPlanAsync(AppFactory app, int year)
    {
        await using var db = app.NewDbContext();
        return await db.ReviewPlans.Where(p => p.Organization!.ParentId == null && p.Year == year).Select(p => p.Id).SingleAsync();
    }

    public static async Task<int> ParticipantAsync(AppFactory app, int plan, string organization = DemoCounty.DetailedTownshipName)
    {
        await using var db = app.NewDbContext();
        return await db.ReviewParticipants.Where(x => x.PlanId == plan && x.Organization!.Name == organization).Select(x => x.Id).SingleAsync();
    }

    /// <summary>The county creates (and, when asked, opens) its plan for a year through the pages; returns the plan id.</summary>
    public static async Task<int> CreateAsync(Browser county, int year, bool open)
    {
        var created = await county.PostFormAsync("/Reviews/Create", new() { ["Year"] = Text(year) });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = created.Headers.Location!.ToString();
        location.ShouldStartWith("/Reviews/Plan/");
        var id = int.Parse(location["/Reviews/Plan/".Length..], CultureInfo.InvariantCulture);
        if (open)
        {
            (await county.PostFormAsync($"/Reviews/Plan/{id}?handler=Open", new(), $"/Reviews/Plan/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        return id;
    }

    /// <summary>Posts the ballot form of a participant as shown (its version), with the given counts.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Html)> BallotsAsync(Browser county, int participant, int voters, int good, int fairlyGood, int average, int poor, string score = "85", int? version = null)
    {
        var url = $"/Reviews/Participant/{participant}";
        var (_, page) = await county.GetAsync(url);
        var shown = page.QuerySelector("#ballot-form input[name='Ballots.Version']")!.GetAttribute("value")!;
        var response = await county.PostFormAsync($"{url}?handler=Ballots", new()
        {
            ["Ballots.Version"] = version is { } v ? Text(v) : shown, ["Ballots.Voters"] = Text(voters), ["Ballots.Good"] = Text(good),
            ["Ballots.FairlyGood"] = Text(fairlyGood), ["Ballots.Average"] = Text(average), ["Ballots.Poor"] = Text(poor), ["Ballots.ReviewerScore"] = score,
        }, url);
        return (response, await Browser.ParseAsync(response));
    }
}
