using Dangjian.Core.Audit;
using Dangjian.Core.Cadres;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

/// <summary>What every save does before it reaches the database: derived fields, versions, the audit log's guard.</summary>
public partial class AppDbContext
{
    /// <summary>
    /// The audit chain's head as read earlier in this request with the session check (<see cref="DerivedCache.Remember"/>);
    /// forgotten when this context saves, since a save moves the head.
    /// </summary>
    internal string? KnownHead { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Each ChangeTracker.Entries() call compares every tracked entity with its snapshot (DetectChanges); the checks and
    // derived fields below share one comparison instead of making six (a ledger import tracking thousands of rows paid
    // them on every save). A context whose owner turned automatic detection off keeps it off.
    private void PrepareSave()
    {
        KnownHead = null;
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
        }

        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            RefuseAuditChanges();
            BeforeSave(detect);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    // The audit log is append-only and chained: only AuditWriter inserts, nothing ever updates or deletes.
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("审计日志只能追加，不能修改或删除。 (The audit log is append-only.)");
        }
    }

    // Keeps derived columns in step and bumps the optimistic-concurrency version.
    private void BeforeSave(bool detect)
    {
        foreach (var entry in ChangeTracker.Entries<Member>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.NamePinyin = Pinyin.NameSortKey(entry.Entity.Name);
                entry.Entity.NameInitials = Pinyin.Initials(entry.Entity.Name, personName: true);
            }
        }

        CadreDerivedFields.Apply(this);
        foreach (var entry in ChangeTracker.Entries<Talk>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.People = Talk.CountPeople(entry.Entity.Targets);
            }
        }

        if (detect)
        {
            ChangeTracker.DetectChanges(); // the derived fields may have changed rows that were unchanged (a term's cadres)
        }

        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
