using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class RectificationStatusChangeConfiguration : IEntityTypeConfiguration<RectificationStatusChange>
{
    public void Configure(EntityTypeBuilder<RectificationStatusChange> builder)
    {
        builder.ToTable("rectification_status_changes");
        builder.Property(x => x.ChangedBy).HasMaxLength(100);
        builder.Property(x => x.Note).HasMaxLength(1000);
        builder.HasIndex(x => x.ItemId);
    }
}
