namespace Dangjian.Core.Audit;

/// <summary>Who is acting, as recorded in the audit log. The web project reads it from the current request.</summary>
public interface IAuditContext
{
    string UserName { get; }
    int? UserId { get; }
    int? OrganizationId { get; }
    string? Ip { get; }
}

/// <summary>The actor outside any request: start-up, seeding, maintenance commands.</summary>
public sealed class SystemAuditContext : IAuditContext
{
    public static readonly SystemAuditContext Instance = new();

    public string UserName => "system";
    public int? UserId => null;
    public int? OrganizationId => null;
    public string? Ip => null;
}

/// <summary>An explicit actor, e.g. the name typed into a failed login.</summary>
public sealed record AuditActor(string UserName, int? UserId, int? OrganizationId, string? Ip) : IAuditContext;
