using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class OrganizationMoveConfiguration : IEntityTypeConfiguration<OrganizationMove>
{
    public void Configure(EntityTypeBuilder<OrganizationMove> builder)
    {
        builder.ToTable("organization_moves");
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganizationId, m.MovedAtUtc });
    }
}
