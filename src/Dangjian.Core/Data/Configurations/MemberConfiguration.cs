using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.Property(m => m.Name).HasMaxLength(40);
        builder.Property(m => m.NamePinyin).HasMaxLength(300);
        builder.Property(m => m.NameInitials).HasMaxLength(40);
        builder.Property(m => m.Ethnicity).HasMaxLength(20);
        builder.Property(m => m.Occupation).HasMaxLength(100);
        builder.Property(m => m.ResidentIdCipher).HasMaxLength(200);
        builder.Property(m => m.ResidentIdIndex).HasMaxLength(64);
        builder.Property(m => m.ResidentIdMasked).HasMaxLength(18);
        builder.Property(m => m.PhoneCipher).HasMaxLength(200);
        builder.Property(m => m.PhoneMasked).HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganizationId, m.Status });
        builder.HasIndex(m => new { m.OrganizationId, m.NamePinyin });
        builder.HasIndex(m => m.NameInitials);

        // SQLite and PostgreSQL both let a unique index hold many NULLs, so members without an ID never collide.
        builder.HasIndex(m => m.ResidentIdIndex).IsUnique();
    }
}
