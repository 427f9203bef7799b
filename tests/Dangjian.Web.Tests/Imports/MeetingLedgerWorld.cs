using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>What the 三会一课 ledger tests share: the sheet's columns and a branch with members whose names are unique.</summary>
internal static class MeetingLedgerWorld
{
    public static readonly string[] Headers = ["党组织", "会议类型", "召开日期", "会议主题", "会议地点", "主持人", "授课人", "缺席人员", "请假人员", "会议记录", "含民主评议党员"];

    /// <summary>A village branch of the clerk's township with a name no other organization shares, and its active members (several).</summary>
    public static async Task<(Organization Branch, List<Member> Members)> BranchAsync(AppFactory app, int index)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == "青石镇党委");
        var names = await db.Organizations.GroupBy(o => o.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var branches = await db.Organizations.Where(o => o.ParentId == township.Id && o.Level == OrgLevel.Branch && o.IsActive && o.Sector == OrgSector.Village)
            .OrderBy(o => o.SortOrder).ToListAsync();
        var branch = branches.Where(b => names.Contains(b.Name)).ElementAt(index);
        var year = app.Clock.Today().Year - 2;
        var members = await db.Members.Where(m => m.OrganizationId == branch.Id && m.State == MemberState.Active && m.JoinedOn < new DateOnly(year, 1, 1))
            .OrderBy(m => m.Id).ToListAsync();
        var unique = members.GroupBy(m => m.Name).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        unique.Count.ShouldBeGreaterThan(4);
        return (branch, unique);
    }
}
