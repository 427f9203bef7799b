using System.Data.Common;
using System.Net;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Dashboard;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// The main pages of each role keep what they derive from the records until the records change (ADR 0023): read again
/// while nothing changed, a page sends only the session check, which reads the audit chain's head with the account;
/// a change is on the next page read.
/// </summary>
public sealed class CachedPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] MainPages = ["/", "/Loop", "/Members", "/OrgLife/HeatMap"];

    [Theory]
    [InlineData("county")]
    [InlineData("secretary")]
    [InlineData("branch")]
    public async Task A_main_page_read_again_while_nothing_changed_sends_one_statement(string user)
    {
        var log = new Statements();
        await using var counted = app.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(log))));
        var browser = await Browser.LoginAsync(counted, user);
        foreach (var page in MainPages)
        {
            (await browser.GetAsync(page)).Status.ShouldBe(HttpStatusCode.OK, page);
            log.Clear();
            (await browser.GetAsync(page)).Status.ShouldBe(HttpStatusCode.OK, page);
            log.Texts.Count.ShouldBe(1, $"{page}: {string.Join(" / ", log.Texts)}");
            log.Texts.Single().ShouldContain("audit_entries");
        }
    }

    [Fact]
    public async Task A_record_saved_after_a_page_was_read_is_on_the_page_at_once()
    {
        var township = await HomeWorld.OrganizationOfAsync(app, "secretary");
        Organization village;
        await using (var db = app.NewDbContext())
        {
            village = await db.Organizations.AsNoTracking().Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village && o.IsActive)
                .OrderBy(o => o.SortOrder).FirstAsync();
        }

        var browser = await Browser.LoginAsync(app, "secretary");
        var problem = $"缓存后逾期{Guid.NewGuid():N}";
        (await browser.GetAsync("/Loop")).Html.Body!.TextContent.ShouldNotContain(problem);
        (await browser.GetAsync("/Loop")).Html.Body!.TextContent.ShouldNotContain(problem);
        var today = app.Clock.Today();
        await HomeWorld.ItemAsync(app, village, problem, today.AddDays(-20), today.AddDays(-2));

        (await browser.GetAsync("/Loop")).Html.Body!.TextContent.ShouldContain(problem);
    }

    private sealed class Statements : DbCommandInterceptor
    {
        private readonly Lock gate = new();
        private readonly List<string> texts = [];

        public IReadOnlyList<string> Texts
        {
            get
            {
                lock (gate)
                {
                    return [.. texts];
                }
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                texts.Clear();
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => Add(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) => Add(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) => Add(command, result);

        private ValueTask<T> Add<T>(DbCommand command, T result)
        {
            lock (gate)
            {
                texts.Add(command.CommandText);
            }

            return ValueTask.FromResult(result);
        }
    }
}
