using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> builder)
    {
        builder.ToTable("service_records");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tag).WithMany().HasForeignKey(x => x.TagId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Team).HasMaxLength(100);
        builder.HasIndex(x => new { x.OrganizationId, x.Kind, x.HeldOn });
    }
}
