using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class DemonstrationTitleConfiguration : IEntityTypeConfiguration<DemonstrationTitle>
{
    public void Configure(EntityTypeBuilder<DemonstrationTitle> builder)
    {
        builder.ToTable("demonstration_titles");
        builder.HasOne(t => t.TitleName).WithMany().HasForeignKey(t => t.TitleNameId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganizationId, t.Year });
        builder.HasIndex(t => t.TitleNameId);
    }
}
