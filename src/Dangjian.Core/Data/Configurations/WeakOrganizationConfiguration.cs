using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class WeakOrganizationConfiguration : IEntityTypeConfiguration<WeakOrganization>
{
    public void Configure(EntityTypeBuilder<WeakOrganization> builder)
    {
        builder.ToTable("weak_organizations");
        builder.Property(w => w.Reasons).HasMaxLength(4000);
        builder.Property(w => w.Plan).HasMaxLength(4000);
        builder.Property(w => w.ConversionNote).HasMaxLength(4000);
        builder.Property(w => w.ConfirmedBy).HasMaxLength(100);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne(w => w.Organization).WithMany().HasForeignKey(w => w.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Measures).WithOne(m => m.WeakOrganization).HasForeignKey(m => m.WeakOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.OrganizationId, w.Year }).IsUnique();
        builder.HasIndex(w => w.Year);
    }
}
