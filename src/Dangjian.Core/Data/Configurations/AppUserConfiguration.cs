using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(40);
        builder.Property(u => u.PendingPasswordPart).HasMaxLength(400);
        builder.Property(u => u.PhoneCipher).HasMaxLength(200);
        builder.Property(u => u.PhoneMasked).HasMaxLength(20);
        builder.Property(u => u.Note).HasMaxLength(200);
        builder.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
