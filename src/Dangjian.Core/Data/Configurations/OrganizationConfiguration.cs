using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Code).HasMaxLength(40);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.ShortName).HasMaxLength(40);
        builder.Property(o => o.Path).HasMaxLength(400);
        builder.Property(o => o.SecretaryName).HasMaxLength(40);
        builder.Property(o => o.LiaisonLeaderName).HasMaxLength(40);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Path);
        builder.HasIndex(o => new { o.ParentId, o.SortOrder });
    }
}
