using Dangjian.Core.Data;
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
        (await scoped.MonthlyThemes.CountAsync()).ShouldBe(0);
        ComplianceQuery.WithinScope("/1/5/", "/1/6/").ShouldBeNull();
    }

    private sealed record FixedScope(string? Path) : IOrgScope;
}
