using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class MonthlyThemeConfiguration : IEntityTypeConfiguration<MonthlyTheme>
{
    public void Configure(EntityTypeBuilder<MonthlyTheme> builder)
    {
        builder.ToTable("monthly_themes");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Notes).HasMaxLength(4000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganizationId, t.Year, t.Month }).IsUnique();
    }
}
