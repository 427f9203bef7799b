using Dangjian.Core.Categories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class RecordTagConfiguration : IEntityTypeConfiguration<RecordTag>
{
    public void Configure(EntityTypeBuilder<RecordTag> builder)
    {
        builder.ToTable("record_tags");
        builder.Property(t => t.Code).HasMaxLength(CategoryRules.CodeMax);
        builder.Property(t => t.Name).HasMaxLength(CategoryRules.NameMax);
        builder.Property(t => t.Unit).HasMaxLength(CategoryRules.UnitMax);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.FullName);
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Parent).WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganizationId, t.Family, t.Code }).IsUnique();
    }
}
