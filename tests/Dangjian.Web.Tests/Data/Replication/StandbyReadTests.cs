using System.Net;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Replication;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Tests.Data;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>
/// Database:ReadOnlyConnectionString against a real streaming standby (ADR 0019): report composition and read-only
/// pages read there with the same scope filters, writes go to the primary and show on the standby after replay, and
/// the writer's next page reads from the primary while the standby has not replayed the write yet.
/// </summary>
public sealed class StandbyReadTests(StandbyWorld world) : IClassFixture<StandbyWorld>
{
    private static void OnlyOnPostgres() =>
        Assert.SkipUnless(StandbyWorld.OnPostgres, "a hot standby needs PostgreSQL (DANGJIAN_TEST_PROVIDER=postgresql)");

    [Fact]
    public async Task Report_composed_on_the_standby_has_the_primarys_figures()
    {
        OnlyOnPostgres();
        using var scope = world.App.Services.CreateScope();
        var route = scope.ServiceProvider.GetRequiredService<ReadRoute>();
        var primary = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        route.Context.ShouldBeSameAs(primary, "outside a GET request everything reads from the primary");
        route.StandbyAllowed = true;
        var standby = route.Context;

        (await InRecoveryAsync(standby)).ShouldBeTrue("the read-only context is connected to the standby");
        (await InRecoveryAsync(primary)).ShouldBeFalse();
        var today = world.App.Clock.Today();
        var township = await standby.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var fromStandby = await ReportDrafts.Composer(standby, today).ComposeAsync(new ReportInput(township, today.Year));
        var fromPrimary = await ReportDrafts.Composer(primary, today).ComposeAsync(new ReportInput(township, today.Year));

        fromStandby.Figures.Count.ShouldBeGreaterThan(5);
        fromStandby.Figures.OrderBy(f => f.Key, StringComparer.Ordinal).ShouldBe(fromPrimary.Figures.OrderBy(f => f.Key, StringComparer.Ordinal));
        fromStandby.Paragraphs.Select(p => p.Text).ShouldBe(fromPrimary.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public async Task The_standby_context_keeps_the_scope_filters_and_refuses_to_save()
    {
        OnlyOnPostgres();
        using var scope = world.App.Services.CreateScope();
        var primary = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var township = await primary.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var inTownship = await primary.Organizations.CountAsync(o => o.Path.StartsWith(township.Path));
        var all = await primary.Organizations.CountAsync();
        await using var route = new ReadRoute(primary, scope.ServiceProvider.GetRequiredService<ReadOnlyDatabase>(), new FixedOrgScope([township.Path]))
        {
            StandbyAllowed = true,
        };

        (await route.Context.Organizations.CountAsync()).ShouldBe(inTownship);
        inTownship.ShouldBeLessThan(all);
        var branch = await route.Context.Organizations.FirstAsync(o => o.Level == OrgLevel.Branch);
        branch.Name += "改";
        (await Should.ThrowAsync<InvalidOperationException>(() => route.Context.SaveChangesAsync())).Message.ShouldContain("只读备库");
    }

    [Fact]
    public async Task A_write_reaches_the_standby_after_replay_and_its_writer_reads_it_at_once()
    {
        OnlyOnPostgres();
        Organization branch;
        await using (var db = world.App.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>())
        {
            var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
            branch = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(township.Path) && o.IsActive && o.Level == OrgLevel.Branch)
                .OrderBy(o => o.Path).FirstAsync();
        }

        var renamed = branch.Name + "（备库）";
        var clerk = await world.App.LoginAsync("clerk");
        var secretary = await world.App.LoginAsync("secretary");
        await world.Pair.CaughtUpAsync();
        (await LabelAsync(secretary, branch.Id)).ShouldContain(branch.Name);
        var (_, form) = await clerk.GetAsync($"/Organizations/Edit/{branch.Id}");
        var fields = ConcurrentSaves.FieldsOf(form.Forms.Single(f => f.QuerySelector("[name='Form.Version']") is not null));
        fields.Set("Form.Name", renamed);

        await world.Pair.PauseReplayAsync();
        try
        {
            var saved = await clerk.Client.PostAsync($"/Organizations/Edit/{branch.Id}", new FormUrlEncodedContent(fields));
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            saved.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(StandbyReads.Cookie + "=", StringComparison.Ordinal));
            (await StandbyPair.ScalarAsync<string>(world.Pair.Primary, $"SELECT name FROM organizations WHERE id = {branch.Id}")).ShouldBe(renamed);
            (await StandbyPair.ScalarAsync<string>(world.Pair.Standby, $"SELECT name FROM organizations WHERE id = {branch.Id}")).ShouldBe(branch.Name);

            (await LabelAsync(clerk, branch.Id)).ShouldContain(renamed, customMessage: "the writer's next page reads from the primary");
            (await LabelAsync(secretary, branch.Id)).ShouldNotContain("（备库）", customMessage: "another user reads the standby, which has not replayed the write");
        }
        finally
        {
            await world.Pair.ResumeReplayAsync();
        }

        await world.Pair.CaughtUpAsync();
        (await LabelAsync(secretary, branch.Id)).ShouldContain(renamed);
        var again = await clerk.Client.GetAsync("/OrgLife/HeatMap");
        again.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(StandbyReads.Cookie + "=;", StringComparison.Ordinal),
            "caught up: the writer's marker is dropped and the standby serves them again");
    }

    private static async Task<string> LabelAsync(Browser browser, int branch)
    {
        var (status, page) = await browser.GetAsync("/OrgLife/HeatMap");
        status.ShouldBe(HttpStatusCode.OK);
        return page.QuerySelector($"#heat-table tr[data-org='{branch}'] th")?.TextContent.Trim() ?? throw new ShouldAssertException($"branch {branch} not on the heat map");
    }

    private static Task<bool> InRecoveryAsync(AppDbContext db) =>
        db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();
}
