using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class WeakOrganizationMeasureConfiguration : IEntityTypeConfiguration<WeakOrganizationMeasure>
{
    public void Configure(EntityTypeBuilder<WeakOrganizationMeasure> builder)
    {
        builder.ToTable("weak_organization_measures");
        builder.Property(m => m.Text).HasMaxLength(400);
        builder.Property(m => m.Owner).HasMaxLength(100);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.WeakOrganizationId);
    }
}
