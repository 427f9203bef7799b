using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class TalkConfiguration : IEntityTypeConfiguration<Talk>
{
    public void Configure(EntityTypeBuilder<Talk> builder)
    {
        builder.ToTable("talks");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Talker).HasMaxLength(100);
        builder.Property(x => x.Targets).HasMaxLength(1000);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.FollowUp).HasMaxLength(1000);
        builder.HasIndex(x => new { x.OrganizationId, x.HeldOn });
    }
}
