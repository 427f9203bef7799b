using Dangjian.Core.Data;
using Dangjian.Core.Operations;

namespace Dangjian.Core.Audit;

/// <summary>
/// The security events that are not data changes: sign-in results, logged under the name typed and the request's
/// address (nobody is signed in yet), and requests the authorization refused.
/// </summary>
public sealed class AccessEvents(AppDbContext db, AuditWriter audit, IAuditContext actor) : IOperation
{
    /// <summary>A password sign-in as the sign-in manager answered it.</summary>
    public Task PasswordSignInAsync(string userName, bool succeeded, bool lockedOut, bool notAllowed, CancellationToken ct = default) =>
        SignInAsync(new AuditActor(userName, null, null, actor.Ip), userName, succeeded,
            lockedOut ? "locked out" : notAllowed ? "awaiting release" : null, ct);

    /// <summary>The second factor (TOTP) of a user whose password was right.</summary>
    public Task SecondFactorAsync(string userName, int userId, int organizationId, bool succeeded, CancellationToken ct = default) =>
        SignInAsync(new AuditActor(userName, userId, organizationId, actor.Ip), userName, succeeded, "second factor", ct);

    /// <summary>A request the authorization refused, as "GET /path".</summary>
    public Task DeniedAsync(string method, string path, CancellationToken ct = default) =>
        audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Forbidden, "Page", $"{method} {path}", AuditResult.Denied), ct);

    private Task SignInAsync(AuditActor who, string userName, bool succeeded, string? details, CancellationToken ct) =>
        audit.AppendAsync(db, who, new AuditRecord(succeeded ? AuditAction.LoginSucceeded : AuditAction.LoginFailed, "Account", userName,
            succeeded ? AuditResult.Success : AuditResult.Failure, details), ct);
}
