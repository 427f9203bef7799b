using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Deployment;

/// <summary>
/// First start of a real deployment (DOMAIN "going live"): on an empty database, the county committee and its three
/// administrators (三员), each with a one-time password that must be changed, and TOTP enrolled, at first sign-in.
/// Everything else — the organization tree, accounts, grants — is then done by those administrators in the app.
/// </summary>
public sealed class CountyInitialization(AppDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles)
{
    public sealed record Request(string? CountyName, string? SysAdmin = "sysadmin", string? SecAdmin = "secadmin", string? Auditor = "auditor");

    public sealed record InitialAdmin(string UserName, string Role, string OneTimePassword);

    /// <summary>The administrators created, or Chinese errors keyed by the option they concern (nothing written then).</summary>
    public sealed record Result(IReadOnlyList<InitialAdmin> Admins, IReadOnlyDictionary<string, string> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public static readonly IReadOnlyDictionary<string, string> AdminRoles = new Dictionary<string, string>
    {
        ["sysadmin"] = Roles.SysAdmin,
        ["secadmin"] = Roles.SecAdmin,
        ["auditor"] = Roles.Auditor,
    };

    public async Task<Result> RunAsync(Request request, CancellationToken ct = default)
    {
        var errors = Validate(request);
        if (errors.Count == 0 && await db.Organizations.IgnoreQueryFilters().AnyAsync(ct))
        {
            errors["county"] = "数据库中已经有党组织，不能再初始化。初始化只用于全新的空数据库；如需重建，请换用一个新的空数据库。";
        }

        if (errors.Count == 0 && await db.Users.AnyAsync(ct))
        {
            errors["county"] = "数据库中已经有账号，不能再初始化。";
        }

        if (errors.Count > 0)
        {
            return new Result([], errors);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var county = new Organization { Name = request.CountyName!.Trim(), Level = OrgLevel.CountyCommittee };
            db.Organizations.Add(county);
            await db.SaveChangesAsync(ct);
            county.Path = $"/{county.Id}/";
            await db.SaveChangesAsync(ct);

            await RoleSetup.EnsureAsync(roles);
            var admins = new List<InitialAdmin>();
            foreach (var (userName, role) in Names(request))
            {
                var password = PasswordGenerator.Next(14);
                var user = new AppUser
                {
                    UserName = userName, DisplayName = Roles.ChineseNames[role], OrganizationId = county.Id, MustChangePassword = true,
                };
                Check(await users.CreateAsync(user, password));
                Check(await users.AddToRoleAsync(user, role));
                admins.Add(new InitialAdmin(userName, role, password));
            }

            await tx.CommitAsync(ct);
            return new Result(admins, new Dictionary<string, string>());
        });
    }

    private static Dictionary<string, string> Validate(Request request)
    {
        var errors = new Dictionary<string, string>();
        var name = request.CountyName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["county"] = "请用 --county 给出县委的名称，例如 --county \"某某县委\"。";
        }
        else if (name.Length > 100)
        {
            errors["county"] = "县委名称不能超过100个字。";
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (option, userName) in new[] { ("sysadmin", request.SysAdmin), ("secadmin", request.SecAdmin), ("auditor", request.Auditor) })
        {
            if (string.IsNullOrWhiteSpace(userName) || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-') || userName.Length > 50)
            {
                errors[option] = $"--{option} 的账号名只能由英文字母、数字和 _ . - 组成（不超过50个字符）。";
            }
            else if (!seen.Add(userName))
            {
                errors[option] = "三个管理员的账号名不能相同。";
            }
        }

        return errors;
    }

    private static IEnumerable<(string UserName, string Role)> Names(Request request) =>
    [
        (request.SysAdmin!, Roles.SysAdmin),
        (request.SecAdmin!, Roles.SecAdmin),
        (request.Auditor!, Roles.Auditor),
    ];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
