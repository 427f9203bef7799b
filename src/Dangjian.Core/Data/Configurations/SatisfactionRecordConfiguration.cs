using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class SatisfactionRecordConfiguration : IEntityTypeConfiguration<SatisfactionRecord>
{
    public void Configure(EntityTypeBuilder<SatisfactionRecord> builder)
    {
        builder.ToTable("satisfaction_records");
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.Year });
    }
}
