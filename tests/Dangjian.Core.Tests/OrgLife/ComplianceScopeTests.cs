using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.OrgLife;

public sealed class ComplianceScopeTests : DemoTownshipDatabase
{
    [Fact]
    public async Task A_branch_secretary_sees_only_their_branch()
    {
        await using var admin = Open();
        var branch = await admin.Organizations.FirstAsync(o => o.Level == Dangjian.Core.Organizations.OrgLevel.Branch);
        var county = await admin.Organizations.SingleAsync(o => o.ParentId == null);
        await using var scoped = Open(new FixedScope(branch.Path));
        var report = await new ComplianceQuery(scoped).RunAsync(county.Path, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Today);
        report.ShouldHaveSingleItem().Organization.Id.ShouldBe(branch.Id);
        (await scoped.MeetingAttendances.Select(a => a.Meeting!.OrganizationId).Distinct().ToListAsync()).ShouldBe([branch.Id]);
        (await scoped.Meetings.Select(m => m.OrganizationId).Distinct().ToListAsync()).ShouldBe([branch.Id]);
        var themes = await scoped.MonthlyThemes.Select(t => t.OrganizationId).Distinct().ToListAsync();
        themes.ShouldNotBeEmpty("a branch reads the themes its township publishes");
        themes.ShouldAllBe(id => branch.Path.Contains($"/{id}/"));
    }

    [Fact]
    public void A_request_is_narrowed_to_what_the_caller_may_see()
    {
        ComplianceQuery.WithinScope("/1/5/", ["/1/6/"]).ShouldBeEmpty();
        ComplianceQuery.WithinScope("/1/5/9/", ["/1/5/"]).ShouldBe(["/1/5/9/"]);
        ComplianceQuery.WithinScope("/1/5/", ["/1/5/9/", "/1/5/11/", "/1/6/20/"]).ShouldBe(["/1/5/9/", "/1/5/11/"]);
        ComplianceQuery.WithinScope("/1/", null).ShouldBe(["/1/"]);
    }

    private sealed record FixedScope(string Path) : IOrgScope
    {
        public IReadOnlyList<string>? Paths => [Path];
    }
}
