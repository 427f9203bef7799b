using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Accounts;

namespace Dangjian.Core.Admin.Roles;

/// <summary>
/// The security administrator grants one account its roles and scope: the account's organization and, for a liaison
/// leader, the organizations it contacts. The account must be bound to an organization of the administrator's scope and
/// not be the administrator's own (else not found); the grant is checked for known roles, 三员分立 and visible organizations.
/// The account's sessions end (new security stamp).
/// </summary>
public sealed class RoleGrantEntry(AppDbContext db, UserManager<AppUser> users, IAuditContext actor) : IOperation
{
    public async Task<EntryResult> GrantAsync(int accountId, IReadOnlyList<string> roles, int organizationId, IReadOnlyList<int> liaison,
        CancellationToken ct = default)
    {
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == accountId && db.Organizations.Any(o => o.Id == u.OrganizationId), ct);
        if (account is null || account.UserName == actor.UserName)
        {
            return EntryResult.Missing;
        }

        var visible = await db.Organizations.Where(o => o.IsActive).Select(o => o.Id).ToListAsync(ct);
        if (Check(roles, organizationId, liaison, visible) is { } problem)
        {
            return EntryResult.Refused("", problem);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(account, await users.GetRolesAsync(account));
        await users.AddToRolesAsync(account, roles);
        account.OrganizationId = organizationId;
        await users.UpdateAsync(account);
        db.UserScopes.RemoveRange(await db.UserScopes.Where(s => s.UserId == accountId).ToListAsync(ct));
        var contacted = roles.Contains(Account.Roles.LiaisonLeader) ? liaison.Distinct() : [];
        db.UserScopes.AddRange(contacted.Select(o => new UserScope { UserId = accountId, OrganizationId = o }));
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(account);
        await tx.CommitAsync(ct);
        return EntryResult.Saved(accountId);
    }

    private static string? Check(IReadOnlyCollection<string> roles, int organizationId, IReadOnlyCollection<int> liaison, IReadOnlyList<int> visible)
    {
        if (Account.Roles.CheckCombination(roles) is { } problem)
        {
            return problem;
        }

        if (!visible.Contains(organizationId))
        {
            return "请选择所属组织。";
        }

        if (roles.Contains(Account.Roles.LiaisonLeader) && liaison.Count == 0)
        {
            return "班子成员（联系点）须至少指定一个联系的党组织。";
        }

        return liaison.Any(id => !visible.Contains(id)) ? "联系的党组织不在您的管辖范围内。" : null;
    }
}
