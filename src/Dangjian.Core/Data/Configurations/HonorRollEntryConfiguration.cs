using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class HonorRollEntryConfiguration : IEntityTypeConfiguration<HonorRollEntry>
{
    public void Configure(EntityTypeBuilder<HonorRollEntry> builder)
    {
        builder.ToTable("honor_roll_entries");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Period).HasMaxLength(40);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.HasIndex(x => new { x.OrganizationId, x.Year });
    }
}
