using System.Net;
using Dangjian.Core.Dashboard;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Dashboard;

/// <summary>A liaison leader's home: the due items of the organizations they contact, and of no other.</summary>
public sealed class LiaisonHomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_liaison_leader_sees_the_items_of_the_contacted_organizations_only()
    {
        var today = app.Clock.Today();
        Organization contacted;
        Organization other;
        await using (var db = app.NewDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "liaison");
            var scope = await db.UserScopes.Where(s => s.UserId == user.Id).Select(s => s.OrganizationId).ToListAsync();
            scope.Count.ShouldBeGreaterThan(0);
            contacted = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == scope[0]);
            other = await db.Organizations.AsNoTracking().Where(o => o.ParentId == contacted.ParentId && o.Level == OrgLevel.Branch && !scope.Contains(o.Id))
                .OrderBy(o => o.Id).FirstAsync();
        }

        var mine = $"联系点整改{Guid.NewGuid():N}";
        var theirs = $"非联系点整改{Guid.NewGuid():N}";
        var item = await HomeWorld.ItemAsync(app, contacted, mine, today.AddDays(-1), today.AddDays(10));
        await HomeWorld.ItemAsync(app, other, theirs, today.AddDays(-1), today.AddDays(10));

        var (status, html) = await (await Browser.LoginAsync(app, "liaison")).GetAsync("/");
        status.ShouldBe(HttpStatusCode.OK);
        var line = HomeWorld.Containing(html, DueKind.RectificationToAnswer, mine);
        line.Count.ShouldBe(1);
        line[0].TextContent.ShouldStartWith(contacted.Name + "：");
        line[0].GetAttribute("href").ShouldBe($"/Loop/Rectification/Details/{item.Id}");
        HomeWorld.Containing(html, DueKind.RectificationToAnswer, theirs).ShouldBeEmpty();
        HomeWorld.Lines(html, DueKind.AwaitingSignOff).ShouldBeEmpty("a liaison leader signs nothing off");
    }
}
