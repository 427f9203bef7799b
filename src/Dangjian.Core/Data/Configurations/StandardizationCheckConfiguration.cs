using Dangjian.Core.Building;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class StandardizationCheckConfiguration : IEntityTypeConfiguration<StandardizationCheck>
{
    public void Configure(EntityTypeBuilder<StandardizationCheck> builder)
    {
        builder.ToTable("standardization_checks");
        builder.Ignore(c => c.Met);
        builder.Property(c => c.SelfCheckNote).HasMaxLength(4000);
        builder.Property(c => c.AcceptanceNote).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganizationId, c.Year }).IsUnique();
    }
}
