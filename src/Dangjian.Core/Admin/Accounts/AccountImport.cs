using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>
/// The system administrator's bulk account creation: all or nothing, idempotent by login (a login already there with
/// the same name and organization is skipped and gets no new password), every account created without roles and with
/// a one-time password of which the administrator gets only the first half (<see cref="PasswordHandOver"/>).
/// </summary>
public sealed class AccountImport(AppDbContext db, UserManager<AppUser> users, IFieldCipher cipher, AuditWriter audit, IAuditContext actor)
{
    public sealed record Outcome(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Created, IReadOnlyList<string> Skipped,
        IReadOnlyList<PasswordHalf> Halves) : IBulkOutcome
    {
        public bool Succeeded => Problems.Count == 0;
    }

    /// <summary>Checks every row against the file and the database; writes nothing.</summary>
    public async Task<Outcome> PreviewAsync(IReadOnlyList<AccountRow> rows, CancellationToken ct = default)
    {
        var plan = await AccountImportPlan.BuildAsync(db, rows, ct);
        return new Outcome(plan.Problems, [.. plan.Creates.Select(c => $"{c.UserName}（{c.DisplayName}）")], plan.Skipped, []);
    }

    /// <summary>Checks, then creates every account in one transaction, or none when any row has a problem.</summary>
    public async Task<Outcome> ImportAsync(IReadOnlyList<AccountRow> rows, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var plan = await AccountImportPlan.BuildAsync(db, rows, ct);
            if (plan.Problems.Count > 0)
            {
                return new Outcome(plan.Problems, [], [], []);
            }

            var prepared = plan.Creates.Select(c =>
            {
                var user = new AppUser { UserName = c.UserName, DisplayName = c.DisplayName, OrganizationId = c.Organization.Id, Note = c.Note };
                AccountPhone.Set(cipher, user, c.Phone);
                var (first, password) = PasswordHandOver.Prepare(cipher, user);
                return (Create: c, User: user, First: first, Password: password);
            }).ToList();
            // Password hashing (PBKDF2) is most of a bulk import's time: spread it over every core. The generated
            // passwords satisfy the policy by construction, so the accounts are then created without re-validating them.
            Parallel.ForEach(prepared, new ParallelOptions { CancellationToken = ct },
                p => p.User.PasswordHash = users.PasswordHasher.HashPassword(p.User, p.Password));
            var halves = new List<PasswordHalf>();
            foreach (var (c, user, first, _) in prepared)
            {
                var result = await users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    db.ChangeTracker.Clear();
                    var why = string.Join(" ", result.Errors.Select(e => e.Description));
                    return new Outcome([new ImportProblem(c.Row, AccountSheet.Label(AccountSheetField.UserName), why)], [], [], []);
                }

                halves.Add(new PasswordHalf(c.UserName, c.DisplayName, c.Organization.Name, first));
            }

            var details = BulkAudit.Details(new { created = plan.Creates.Select(c => c.UserName), skipped = plan.Skipped });
            await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Import, nameof(AppUser), Details: details), ct);
            await tx.CommitAsync(ct);
            return new Outcome([], [.. plan.Creates.Select(c => $"{c.UserName}（{c.DisplayName}）")], plan.Skipped, halves);
        });
    }
}
