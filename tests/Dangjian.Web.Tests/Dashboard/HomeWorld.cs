using AngleSharp.Html.Dom;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Tests.Dashboard;

/// <summary>Records the home-page tests insert, and how they read the page's due lines.</summary>
internal static class HomeWorld
{
    /// <summary>Moves the app's clock to the 2nd of next month, where the demo county has no meeting yet.</summary>
    public static DateOnly IntoNextMonth(AppFactory app)
    {
        var today = app.Clock.Today();
        var target = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(1);
        app.Clock.Advance(TimeSpan.FromDays(target.DayNumber - today.DayNumber));
        return app.Clock.Today();
    }

    public static async Task<Organization> OrganizationOfAsync(AppFactory app, string user)
    {
        await using var db = app.NewDbContext();
        var id = await db.Users.Where(u => u.UserName == user).Select(u => u.OrganizationId).SingleAsync();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    /// <summary>The lines of one section of the home page (empty when the section is not shown).</summary>
    public static IReadOnlyList<IHtmlAnchorElement> Lines(IHtmlDocument html, DueKind kind) =>
        html.QuerySelectorAll($"#due-{kind.ToString().ToLowerInvariant()} li a").OfType<IHtmlAnchorElement>().ToList();

    public static IReadOnlyList<IHtmlAnchorElement> Containing(IHtmlDocument html, DueKind kind, string text) =>
        Lines(html, kind).Where(a => a.TextContent.Contains(text, StringComparison.Ordinal)).ToList();

    public static async Task<RectificationItem> ItemAsync(AppFactory app, Organization owner, string problem, DateOnly raised, DateOnly deadline,
        DateOnly? submitted = null)
    {
        await using var db = app.NewDbContext();
        var item = new RectificationItem
        {
            OrganizationId = owner.Id, RaisedById = owner.ParentId!.Value, Source = RectificationSource.SelfFound, Problem = problem,
            RaisedOn = raised, Deadline = deadline, Status = submitted is null ? RectificationStatus.Open : RectificationStatus.Submitted, SubmittedOn = submitted,
        };
        db.RectificationItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    public static async Task MeetingAsync(AppFactory app, Organization org, MeetingKind kind, DateOnly on)
    {
        await using var db = app.NewDbContext();
        db.Meetings.Add(new Meeting { OrganizationId = org.Id, Kind = kind, HeldOn = on, Topic = "测试" + Guid.NewGuid().ToString("N"), EnteredAtUtc = app.Clock.UtcNow() });
        await db.SaveChangesAsync();
    }
}
