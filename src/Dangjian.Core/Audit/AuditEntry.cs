namespace Dangjian.Core.Audit;

/// <summary>
/// One row of the append-only audit log (审计日志). <see cref="Hash"/> is an HMAC over <see cref="PreviousHash"/>
/// and this row's fields (see <see cref="AuditChain"/>), so editing, inserting or deleting a row breaks the chain.
/// </summary>
public class AuditEntry
{
    /// <summary>Minimum retention in days (等保 requirement: ≥180). The application has no delete path at all;
    /// archiving older rows is an operator task done outside the app, after verifying the chain.</summary>
    public const int RetentionDays = 180;

    public const int DetailsMaxLength = 4000;

    public long Id { get; set; }
    public long Sequence { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public int? UserId { get; set; }
    public int? OrganizationId { get; set; }
    public string? Ip { get; set; }
    public AuditAction Action { get; set; }
    public required string TargetType { get; set; }
    public string? TargetId { get; set; }
    public AuditResult Result { get; set; }

    /// <summary>JSON: for data changes {"Field":{"before":…,"after":…}}, sensitive values masked.</summary>
    public string? Details { get; set; }

    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

public enum AuditAction
{
    Create,
    Update,
    Delete,
    LoginSucceeded,
    LoginFailed,
    Logout,
    Forbidden,
    Export,
    Import,
    Reveal,
    PasswordChanged,
}

public enum AuditResult { Success, Failure, Denied }
