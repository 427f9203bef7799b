using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Guidance;

/// <summary>An account that can lead a contact point: a business account of a township (or county) committee in scope.</summary>
public sealed record LeaderAccount(int Id, string Name, int OrganizationId, string OrganizationPath, string OrganizationName);

public static class LeaderAccounts
{
    public static async Task<IReadOnlyList<LeaderAccount>> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var admins = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && Roles.Administration.Contains(r.Name!))).Select(ur => ur.UserId);
        var rows = await db.Users.AsNoTracking()
            .Where(u => !admins.Contains(u.Id))
            .Join(db.Organizations.Where(o => o.Level == OrgLevel.TownshipCommittee || o.Level == OrgLevel.CountyCommittee),
                u => u.OrganizationId, o => o.Id, (u, o) => new { u.Id, u.DisplayName, o.Path, OrgId = o.Id, OrgName = o.Name })
            .OrderBy(x => x.Path).ThenBy(x => x.Id).ToListAsync(ct);
        return rows.Select(x => new LeaderAccount(x.Id, x.DisplayName, x.OrgId, x.Path, x.OrgName)).ToList();
    }
}
