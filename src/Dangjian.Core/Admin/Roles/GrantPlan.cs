using System.Text.RegularExpressions;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Accounts;

namespace Dangjian.Core.Admin.Roles;

/// <summary>One account's grant: a business role and its scope (a liaison leader keeps their organization and gets branches).</summary>
public sealed record Grant(int Row, AppUser Account, string Role, Organization? Organization, IReadOnlyList<Organization> Liaison);

/// <summary>
/// What a bulk grant would do: every problem, the grants, the accounts that already hold exactly this grant. Only
/// accounts in the security administrator's scope and without any role may be granted here.
/// </summary>
internal sealed partial class GrantPlan
{
    private readonly Dictionary<int, List<string>> roles;
    private readonly Dictionary<int, List<int>> liaisonScopes;

    private GrantPlan(Dictionary<int, List<string>> roles, Dictionary<int, List<int>> liaisonScopes)
    {
        this.roles = roles;
        this.liaisonScopes = liaisonScopes;
    }

    public List<ImportProblem> Problems { get; } = [];
    public List<Grant> Grants { get; } = [];
    public List<string> Skipped { get; } = [];

    public static async Task<GrantPlan> FromSheetAsync(AppDbContext db, IReadOnlyList<GrantRow> rows, string? self, CancellationToken ct)
    {
        var names = rows.Select(r => r.UserName?.Trim().ToUpperInvariant()).Where(n => !string.IsNullOrEmpty(n)).Distinct().ToList();
        var accounts = (await InScope(db).Where(u => u.NormalizedUserName != null && names.Contains(u.NormalizedUserName)).ToListAsync(ct))
            .Where(u => !string.Equals(u.UserName, self, StringComparison.OrdinalIgnoreCase)).ToDictionary(u => u.NormalizedUserName!);
        var codes = rows.SelectMany(r => Codes(r.OrganizationCodes)).Distinct().ToList();
        var organizations = (await db.Organizations.Where(o => o.Code != null && codes.Contains(o.Code) && o.IsActive).ToListAsync(ct))
            .ToDictionary(o => o.Code!, StringComparer.OrdinalIgnoreCase);
        var plan = await CreateAsync(db, [.. accounts.Values.Select(a => a.Id)], ct);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var before = plan.Problems.Count;
            var account = plan.AccountOf(row, accounts, seen);
            var role = plan.RoleOf(row);
            var scope = plan.ScopeOf(row, role, organizations);
            if (plan.Problems.Count == before)
            {
                plan.Add(row.Row, account!, role!, scope!.Value, GrantSheet.Label(GrantSheetField.UserName));
            }
        }

        return plan;
    }

    /// <summary>The same role and scope for each ticked account (the accounts-without-roles page).</summary>
    public static async Task<GrantPlan> FromChoicesAsync(AppDbContext db, IReadOnlyList<int> accountIds, string role, Organization scope,
        string? self, CancellationToken ct)
    {
        var accounts = await InScope(db).Where(u => accountIds.Contains(u.Id) && u.UserName != self).OrderBy(u => u.UserName).ToListAsync(ct);
        var plan = await CreateAsync(db, [.. accounts.Select(a => a.Id)], ct);
        if (accounts.Count < accountIds.Distinct().Count())
        {
            plan.Problems.Add(new ImportProblem(0, "账号", "所选账号中有的已不存在或不在您的管辖范围内，请刷新后重新勾选。"));
        }

        var organizations = role == Account.Roles.LiaisonLeader ? [scope] : (IReadOnlyList<Organization>)[];
        if (role == Account.Roles.LiaisonLeader && scope.Level is not (OrgLevel.Branch or OrgLevel.GeneralBranch))
        {
            plan.Problems.Add(new ImportProblem(0, "管辖组织", "班子成员（联系点）须选择所联系的党支部或党总支。"));
            return plan;
        }

        var rowNumber = 0;
        foreach (var account in accounts)
        {
            plan.Add(++rowNumber, account, role, (role == Account.Roles.LiaisonLeader ? null : scope, organizations), "账号");
        }

        return plan;
    }

    internal static IQueryable<AppUser> InScope(AppDbContext db) => db.Users.Where(u => db.Organizations.Any(o => o.Id == u.OrganizationId));

    private static async Task<GrantPlan> CreateAsync(AppDbContext db, List<int> ids, CancellationToken ct)
    {
        var held = await db.UserRoles.Where(r => ids.Contains(r.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var scopes = await db.UserScopes.Where(s => ids.Contains(s.UserId)).Select(s => new { s.UserId, s.OrganizationId }).ToListAsync(ct);
        return new GrantPlan(held.GroupBy(h => h.UserId).ToDictionary(g => g.Key, g => g.Select(h => h.Name!).ToList()),
            scopes.GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => g.Select(s => s.OrganizationId).ToList()));
    }

    private void Add(int row, AppUser account, string role, (Organization? Organization, IReadOnlyList<Organization> Liaison) scope, string column)
    {
        if (!roles.TryGetValue(account.Id, out var current) || current.Count == 0)
        {
            Grants.Add(new Grant(row, account, role, scope.Organization, scope.Liaison));
            return;
        }

        var liaison = liaisonScopes.GetValueOrDefault(account.Id) ?? [];
        var same = current.Count == 1 && current[0] == role && (scope.Organization is { } o
            ? account.OrganizationId == o.Id
            : liaison.Order().SequenceEqual(scope.Liaison.Select(l => l.Id).Order()));
        if (same)
        {
            Skipped.Add(account.UserName!);
            return;
        }

        Problems.Add(new ImportProblem(row, column,
            $"账号“{account.UserName}”已有角色（{string.Join("、", current.Select(r => Account.Roles.ChineseNames.GetValueOrDefault(r, r)))}），调整请在“授权”页逐个办理。"));
    }

    private AppUser? AccountOf(GrantRow row, Dictionary<string, AppUser> accounts, Dictionary<string, int> seen)
    {
        var name = row.UserName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return Problem<AppUser>(row.Row, GrantSheetField.UserName, "请填写登录名。");
        }

        if (seen.TryGetValue(name, out var first))
        {
            return Problem<AppUser>(row.Row, GrantSheetField.UserName, $"登录名“{name}”与第{first}行重复。");
        }

        seen[name] = row.Row;
        return accounts.TryGetValue(name.ToUpperInvariant(), out var account)
            ? account
            : Problem<AppUser>(row.Row, GrantSheetField.UserName, $"找不到登录名“{name}”的账号，或该账号不在您的管辖范围内。");
    }

    private string? RoleOf(GrantRow row)
    {
        var text = row.Role?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Problem<string>(row.Row, GrantSheetField.Role, "请填写角色。");
        }

        if (Account.Roles.Administration.Any(r => r == text || Account.Roles.ChineseNames[r] == text))
        {
            return Problem<string>(row.Row, GrantSheetField.Role, "三员角色（系统管理员、安全管理员、审计管理员）不能批量授予，请在“授权”页逐个办理。");
        }

        return GrantSheet.RoleOf(text) ?? Problem<string>(row.Row, GrantSheetField.Role,
            $"角色“{text}”无法识别，应为{string.Join("、", Account.Roles.Business.Select(r => Account.Roles.ChineseNames[r]))}之一。");
    }

    private (Organization?, IReadOnlyList<Organization>)? ScopeOf(GrantRow row, string? role, Dictionary<string, Organization> organizations)
    {
        var codes = Codes(row.OrganizationCodes);
        if (codes.Count == 0)
        {
            return Problem<(Organization?, IReadOnlyList<Organization>)?>(row.Row, GrantSheetField.OrganizationCodes, "请填写管辖组织编码。");
        }

        var found = new List<Organization>();
        foreach (var code in codes)
        {
            if (!organizations.TryGetValue(code, out var organization))
            {
                return Problem<(Organization?, IReadOnlyList<Organization>)?>(row.Row, GrantSheetField.OrganizationCodes, $"找不到组织编码“{code}”，或该党组织不在您的管辖范围内。");
            }

            found.Add(organization);
        }

        if (role is null)
        {
            return null;
        }

        if (role != Account.Roles.LiaisonLeader)
        {
            return found.Count == 1 ? (found[0], (IReadOnlyList<Organization>)[])
                : Problem<(Organization?, IReadOnlyList<Organization>)?>(row.Row, GrantSheetField.OrganizationCodes, "只能填写一个管辖组织编码（班子成员（联系点）才可填多个联系的党组织）。");
        }

        return found.FirstOrDefault(o => o.Level is not (OrgLevel.Branch or OrgLevel.GeneralBranch)) is { } wrong
            ? Problem<(Organization?, IReadOnlyList<Organization>)?>(row.Row, GrantSheetField.OrganizationCodes, $"“{wrong.Name}”不是党支部或党总支：班子成员（联系点）只能联系党支部或党总支。")
            : (null, (IReadOnlyList<Organization>)found);
    }

    private static List<string> Codes(string? text) =>
        [.. Separator().Split(text ?? "").Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private T? Problem<T>(int row, GrantSheetField field, string message)
    {
        Problems.Add(new ImportProblem(row, GrantSheet.Label(field), message));
        return default;
    }

    [GeneratedRegex("[、,，;；\\s]+")]
    private static partial Regex Separator();
}
