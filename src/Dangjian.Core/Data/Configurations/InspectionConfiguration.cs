using Dangjian.Core.Loop.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tag).WithMany().HasForeignKey(x => x.TagId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Inspectors).HasMaxLength(1000);
        builder.Property(x => x.InspectorCandidates).HasMaxLength(4000);
        builder.Property(x => x.TargetCandidates).HasMaxLength(4000);
        builder.HasMany(x => x.Targets).WithOne(t => t.Inspection).HasForeignKey(t => t.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Findings).WithOne(f => f.Inspection).HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.OrganizationId, x.Year, x.Round });
    }
}
