using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class GuidanceKindConfiguration : IEntityTypeConfiguration<GuidanceKind>
{
    public void Configure(EntityTypeBuilder<GuidanceKind> builder)
    {
        builder.ToTable("guidance_kinds");
        builder.Property(k => k.Code).HasMaxLength(40);
        builder.Property(k => k.Name).HasMaxLength(60);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.HasOne(k => k.Organization).WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => new { k.OrganizationId, k.Family, k.Code }).IsUnique();
    }
}

public class ContactPointConfiguration : IEntityTypeConfiguration<ContactPoint>
{
    public void Configure(EntityTypeBuilder<ContactPoint> builder)
    {
        builder.ToTable("contact_points");
        builder.Property(c => c.LeaderName).HasMaxLength(40);
        builder.Property(c => c.Note).HasMaxLength(400);
        builder.Property(c => c.EnteredBy).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.LeaderUser).WithMany().HasForeignKey(c => c.LeaderUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Kind).WithMany().HasForeignKey(c => c.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Visits).WithOne(v => v.ContactPoint).HasForeignKey(v => v.ContactPointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganizationId, c.StartedOn });
        builder.HasIndex(c => c.LeaderUserId);
    }
}

public class ContactVisitConfiguration : IEntityTypeConfiguration<ContactVisit>
{
    public void Configure(EntityTypeBuilder<ContactVisit> builder)
    {
        builder.ToTable("contact_visits");
        builder.Property(v => v.Activity).HasMaxLength(1000);
        builder.Property(v => v.EnteredBy).HasMaxLength(100);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.ContactPointId, v.VisitedOn });
    }
}

public class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Outcome).HasMaxLength(4000);
        builder.Property(p => p.EnteredBy).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Kind).WithMany().HasForeignKey(p => p.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganizationId, p.StartedOn });
    }
}
