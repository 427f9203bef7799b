using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class CollectiveIncomeConfiguration : IEntityTypeConfiguration<CollectiveIncome>
{
    public void Configure(EntityTypeBuilder<CollectiveIncome> builder)
    {
        builder.ToTable("collective_incomes");
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganizationId, i.Year }).IsUnique();
        builder.HasIndex(i => new { i.Year, i.AmountWan });
    }
}
