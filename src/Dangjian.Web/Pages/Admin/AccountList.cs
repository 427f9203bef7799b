using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Admin;

/// <summary>Accounts an administrator may manage: those bound to an organization in the administrator's scope.</summary>
public static class AccountList
{
    public sealed record Row(int Id, string UserName, string DisplayName, string Organization, IReadOnlyList<string> Roles,
        bool Disabled, bool LockedOut, bool TwoFactor, bool MustChangePassword, bool AwaitingRelease);

    public static IQueryable<AppUser> InScope(AppDbContext db) =>
        db.Users.Where(u => db.Organizations.Any(o => o.Id == u.OrganizationId));

    public static async Task<AppUser?> FindAsync(AppDbContext db, int id) =>
        await InScope(db).SingleOrDefaultAsync(u => u.Id == id);

    public static async Task<IReadOnlyList<Row>> LoadAsync(AppDbContext db, DateTimeOffset now)
    {
        var users = await InScope(db).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, Org = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Name).First(), u.LockoutEnd, u.TwoFactorEnabled, u.MustChangePassword, AwaitingRelease = u.PendingPasswordPart != null })
            .ToListAsync();
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        return users.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.Org,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.LockoutEnd == DateTimeOffset.MaxValue, u.LockoutEnd > now && u.LockoutEnd != DateTimeOffset.MaxValue,
            u.TwoFactorEnabled, u.MustChangePassword, u.AwaitingRelease)).ToList();
    }

    public static string RoleNames(IEnumerable<string> roles) =>
        string.Join("、", roles.Select(r => Core.Account.Roles.ChineseNames.GetValueOrDefault(r, r)));
}
