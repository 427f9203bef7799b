using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ReviewPlanConfiguration : IEntityTypeConfiguration<ReviewPlan>
{
    public void Configure(EntityTypeBuilder<ReviewPlan> builder)
    {
        builder.ToTable("review_plans");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.RulesJson).HasMaxLength(4000);
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.Property(x => x.PublishedBy).HasMaxLength(100);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.OrganizationId, x.Year }).IsUnique();
    }
}
