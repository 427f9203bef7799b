using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Demo;

/// <summary>Creates the roles and one demo login per main role in the detailed township.</summary>
public static class DemoUsers
{
    public static async Task<IReadOnlyList<DemoAccount>> CreateAsync(
        AppDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, OrgPlan county, CancellationToken ct)
    {
        await RoleSetup.EnsureAsync(roles);

        var township = county.Children.First(c => c.IsDetailed);
        var villages = township.Children.Where(c => c.Organization.Sector == Organizations.OrgSector.Village).ToList();
        var village = villages[0];
        var accounts = new List<DemoAccount>
        {
            await AddAsync(users, "county", "县委组织部演示账号", Roles.CountyOrgDept, county),
            await AddAsync(users, "secretary", $"{township.Organization.SecretaryName}（书记）", Roles.TownshipSecretary, township),
            await AddAsync(users, "clerk", "党建办演示账号", Roles.TownshipClerk, township),
            await AddAsync(users, "liaison", $"{villages[2].Organization.LiaisonLeaderName}（联系点）", Roles.LiaisonLeader, township),
            await AddAsync(users, "branch", $"{village.Organization.SecretaryName}（支部书记）", Roles.BranchSecretary, village),
            await AddAsync(users, "sysadmin", "系统管理员演示账号", Roles.SysAdmin, county),
            await AddAsync(users, "secadmin", "安全管理员演示账号", Roles.SecAdmin, county),
            await AddAsync(users, "auditor", "审计管理员演示账号", Roles.Auditor, county),
        };
        var liaison = await users.FindByNameAsync("liaison");
        db.UserScopes.AddRange(villages.Skip(2).Take(2).Select(v => new UserScope { UserId = liaison!.Id, OrganizationId = v.Organization.Id }));
        await db.SaveChangesAsync(ct);
        var secretary = await users.FindByNameAsync("secretary");
        await DemoGuidance.WriteAsync(db, villages, secretary!.Id, secretary.DisplayName, liaison!.Id, liaison.DisplayName, ct);
        return accounts;
    }

    private static async Task<DemoAccount> AddAsync(UserManager<AppUser> users, string userName, string displayName, string role, OrgPlan org)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName, OrganizationId = org.Organization.Id };
        Check(await users.CreateAsync(user, DemoSeeder.DemoPassword));
        Check(await users.AddToRoleAsync(user, role));
        return new DemoAccount(userName, DemoSeeder.DemoPassword, Roles.ChineseNames[role], displayName, org.Organization.Name);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
