using Dangjian.Core.Audit;
using Dangjian.Core.Identity;
using Dangjian.Core.Organizations;
using Dangjian.Core.People;
using Dangjian.Core.People.Import;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options, IOrgScope? scope = null)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    /// <summary>Path prefix of the subtree this context may see; null sees everything (start-up, seeding, admin jobs).</summary>
    public string? ScopePath => scope?.Path;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMove> OrganizationMoves => Set<OrganizationMove>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberTransfer> MemberTransfers => Set<MemberTransfer>();
    public DbSet<ImportPreset> ImportPresets => Set<ImportPreset>();

    /// <summary>Read-only for the application: rows are appended by <see cref="AuditWriter"/> only.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        IdentityTables.Name(builder);
        builder.Entity<Organization>().HasQueryFilter(o => ScopePath == null || o.Path.StartsWith(ScopePath));
        builder.Entity<Member>().HasQueryFilter(m => ScopePath == null || m.Organization!.Path.StartsWith(ScopePath));
        builder.Entity<MemberTransfer>().HasQueryFilter(t => ScopePath == null || t.Member!.Organization!.Path.StartsWith(ScopePath));
        builder.Entity<ImportPreset>().HasQueryFilter(p => ScopePath == null || p.Organization!.Path.StartsWith(ScopePath));
        SnakeCaseNaming.Apply(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries<Member>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.NamePinyin = Pinyin.NameSortKey(entry.Entity.Name);
                entry.Entity.NameInitials = Pinyin.Initials(entry.Entity.Name, personName: true);
            }
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
