using Dangjian.Core.Members.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ImportPresetConfiguration : IEntityTypeConfiguration<ImportPreset>
{
    public void Configure(EntityTypeBuilder<ImportPreset> builder)
    {
        builder.ToTable("import_presets");
        builder.Property(p => p.Mapping).HasMaxLength(4000);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrganizationId).IsUnique();
    }
}
