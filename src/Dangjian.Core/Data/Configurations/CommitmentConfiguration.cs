using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.SecretaryName).HasMaxLength(40);
        builder.Property(x => x.Content).HasMaxLength(1000);
        builder.Property(x => x.Progress).HasMaxLength(4000);
        builder.HasIndex(x => new { x.OrganizationId, x.Year });
    }
}
