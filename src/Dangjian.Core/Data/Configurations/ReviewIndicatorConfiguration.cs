using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ReviewIndicatorConfiguration : IEntityTypeConfiguration<ReviewIndicator>
{
    public void Configure(EntityTypeBuilder<ReviewIndicator> builder)
    {
        builder.ToTable("review_indicators");
        builder.HasOne(x => x.Plan).WithMany(p => p.Indicators).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.IndicatorId).HasMaxLength(100);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Rule);
        builder.HasIndex(x => new { x.PlanId, x.Position });
    }
}
