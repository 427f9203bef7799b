using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class DemonstrationTitleConfiguration : IEntityTypeConfiguration<DemonstrationTitle>
{
    public void Configure(EntityTypeBuilder<DemonstrationTitle> builder)
    {
        builder.ToTable("demonstration_titles");
        builder.Property(t => t.Title).HasMaxLength(100);
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganizationId, t.Year });
    }
}
