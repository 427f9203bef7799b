using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class RectificationAttachmentConfiguration : IEntityTypeConfiguration<RectificationAttachment>
{
    public void Configure(EntityTypeBuilder<RectificationAttachment> builder)
    {
        builder.ToTable("rectification_attachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.StoredName).HasMaxLength(64);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.HasOne(a => a.Item).WithMany(i => i.Attachments).HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ItemId);
    }
}
