using Dangjian.Core.Identity;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife;
using Dangjian.Core.People;
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
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<MonthlyTheme> MonthlyThemes => Set<MonthlyTheme>();

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
        builder.Entity<Meeting>().HasQueryFilter(m => ScopePath == null || m.Organization!.Path.StartsWith(ScopePath));
        builder.Entity<MeetingAttendance>().HasQueryFilter(a => ScopePath == null || a.Meeting!.Organization!.Path.StartsWith(ScopePath));
        builder.Entity<MonthlyTheme>().HasQueryFilter(t => ScopePath == null || t.Organization!.Path.StartsWith(ScopePath));
        SnakeCaseNaming.Apply(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
