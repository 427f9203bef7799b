using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dangjian.Core.Audit;

/// <summary>One tracked change, collected before saving; an added row's id is read after saving.</summary>
internal sealed class AuditChange(EntityEntry entry, AuditAction action, string? targetId, string details)
{
    private static readonly Type[] Ignored =
        [typeof(IdentityUserToken<>), typeof(IdentityUserClaim<>), typeof(IdentityRoleClaim<>)];

    public AuditRecord ToRecord() =>
        new(action, entry.Metadata.ShortName(), targetId ?? KeyOf(entry), AuditResult.Success, details);

    public static List<AuditChange> Collect(ChangeTracker tracker)
    {
        var changes = new List<AuditChange>();
        foreach (var e in tracker.Entries())
        {
            var action = e.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null || IsIgnored(e.Metadata.ClrType))
            {
                continue;
            }

            var details = AuditDetails.Of(e, action.Value);
            if (details is not null)
            {
                changes.Add(new AuditChange(e, action.Value, action == AuditAction.Create ? null : KeyOf(e), details));
            }
        }

        return changes;
    }

    private static bool IsIgnored(Type type) =>
        type == typeof(AuditEntry) || typeof(INotAudited).IsAssignableFrom(type) || (type.IsGenericType && Ignored.Contains(type.GetGenericTypeDefinition()));

    private static string? KeyOf(EntityEntry e) =>
        e.Metadata.FindPrimaryKey() is { } key
            ? string.Join(",", key.Properties.Select(p => AuditValues.Format(e.Property(p.Name).CurrentValue)))
            : null;
}
