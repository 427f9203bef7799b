using Dangjian.Core.Development;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class DevelopmentCaseConfiguration : IEntityTypeConfiguration<DevelopmentCase>
{
    public void Configure(EntityTypeBuilder<DevelopmentCase> builder)
    {
        builder.ToTable("development_cases");
        builder.Property(c => c.Name).HasMaxLength(40);
        builder.Property(c => c.RuleSet).HasMaxLength(40);
        builder.Property(c => c.CloseReason).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Member).WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Steps).WithOne(s => s.Case).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganizationId, c.State });
        builder.HasIndex(c => c.MemberId);
    }
}
