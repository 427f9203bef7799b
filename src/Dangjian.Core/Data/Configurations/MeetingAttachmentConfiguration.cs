using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class MeetingAttachmentConfiguration : IEntityTypeConfiguration<MeetingAttachment>
{
    public void Configure(EntityTypeBuilder<MeetingAttachment> builder)
    {
        builder.ToTable("meeting_attachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.StoredName).HasMaxLength(64);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.HasOne(a => a.Meeting).WithMany(m => m.Attachments).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.MeetingId);
    }
}
