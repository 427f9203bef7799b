using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Organizations;
using Dangjian.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Accounts;

namespace Dangjian.Core.Admin.Roles;

/// <summary>
/// The security administrator's bulk grant, from a sheet or from ticked accounts: role and scope for accounts without
/// roles, all or nothing, and the release of each account's held second password half (<see cref="PasswordHandOver"/>).
/// </summary>
public sealed class RoleGrants(AppDbContext db, UserManager<AppUser> users, IFieldCipher cipher, AuditWriter audit, IAuditContext actor)
{
    public sealed record Outcome(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Granted, IReadOnlyList<string> Skipped,
        IReadOnlyList<PasswordHalf> Halves) : IBulkOutcome
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public async Task<Outcome> PreviewAsync(IReadOnlyList<GrantRow> rows, CancellationToken ct = default)
    {
        var plan = await GrantPlan.FromSheetAsync(db, rows, actor.UserName, ct);
        return new Outcome(plan.Problems, [.. plan.Grants.Select(Describe)], plan.Skipped, []);
    }

    public Task<Outcome> ImportAsync(IReadOnlyList<GrantRow> rows, CancellationToken ct = default) =>
        InTransactionAsync(() => GrantPlan.FromSheetAsync(db, rows, actor.UserName, ct), ct);

    public Task<Outcome> GrantAsync(IReadOnlyList<int> accountIds, string role, Organization scope, CancellationToken ct = default) =>
        InTransactionAsync(() => GrantPlan.FromChoicesAsync(db, accountIds, role, scope, actor.UserName, ct), ct);

    private async Task<Outcome> InTransactionAsync(Func<Task<GrantPlan>> build, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var plan = await build();
            if (plan.Problems.Count > 0)
            {
                return new Outcome(plan.Problems, [], plan.Skipped, []);
            }

            var names = await OrganizationNamesAsync(plan.Grants, ct);
            var halves = new List<PasswordHalf>();
            foreach (var grant in plan.Grants)
            {
                if (await ApplyAsync(grant) is { } half)
                {
                    halves.Add(new PasswordHalf(grant.Account.UserName!, grant.Account.DisplayName, names[grant.Account.OrganizationId], half));
                }
            }

            var details = BulkAudit.Details(plan.Grants.Select(g => new { user = g.Account.UserName, role = g.Role,
                organizations = g.Organization is { } o ? [o.Id] : g.Liaison.Select(l => l.Id).ToArray() }));
            await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Update, nameof(UserScope), Details: details), ct);
            await tx.CommitAsync(ct);
            return new Outcome([], [.. plan.Grants.Select(Describe)], plan.Skipped, halves);
        });
    }

    private async Task<string?> ApplyAsync(Grant grant)
    {
        var account = grant.Account;
        Check(await users.AddToRoleAsync(account, grant.Role));
        if (grant.Organization is { } organization)
        {
            account.OrganizationId = organization.Id;
        }

        db.UserScopes.AddRange(grant.Liaison.Select(o => new UserScope { UserId = account.Id, OrganizationId = o.Id }));
        string? second = null;
        if (account.PendingPasswordPart is { } held)
        {
            second = cipher.Decrypt(held);
            account.PendingPasswordPart = null;
        }

        Check(await users.UpdateSecurityStampAsync(account));
        return second;
    }

    private async Task<Dictionary<int, string>> OrganizationNamesAsync(IEnumerable<Grant> grants, CancellationToken ct)
    {
        var ids = grants.SelectMany(g => new[] { g.Account.OrganizationId, g.Organization?.Id ?? 0 }).Distinct().ToList();
        return await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private static string Describe(Grant g) =>
        $"{g.Account.UserName}（{g.Account.DisplayName}）：{Account.Roles.ChineseNames[g.Role]}，"
        + (g.Organization is { } o ? o.Name : "联系" + string.Join("、", g.Liaison.Select(l => l.Name)));

    // A failed role or stamp write is a broken invariant (the role exists, the account was just loaded): roll back.
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
