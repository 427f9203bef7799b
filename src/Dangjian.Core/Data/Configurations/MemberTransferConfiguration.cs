using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class MemberTransferConfiguration : IEntityTypeConfiguration<MemberTransfer>
{
    public void Configure(EntityTypeBuilder<MemberTransfer> builder)
    {
        builder.ToTable("member_transfers");
        builder.Property(t => t.FromOrganizationName).HasMaxLength(200);
        builder.Property(t => t.ToOrganizationName).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.Property(t => t.RecordedBy).HasMaxLength(100);
        builder.HasOne(t => t.Member).WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.FromOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.ToOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.MemberId, t.TransferredOn });
    }
}
