using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class RectificationNoticeConfiguration : IEntityTypeConfiguration<RectificationNotice>
{
    public void Configure(EntityTypeBuilder<RectificationNotice> builder)
    {
        builder.ToTable("rectification_notices");
        builder.Property(n => n.Title).HasMaxLength(NoticeEntry.TitleMax);
        builder.Property(n => n.DocumentNumber).HasMaxLength(NoticeEntry.NumberMax);
        builder.Property(n => n.Items).HasMaxLength(NoticeEntry.ItemsMax);
        builder.Property(n => n.EnteredBy).HasMaxLength(100);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.ItemLines);
        builder.HasOne(n => n.Organization).WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Recipients).WithOne(r => r.Notice).HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.OrganizationId, n.SentOn });
    }
}

public class RectificationNoticeRecipientConfiguration : IEntityTypeConfiguration<RectificationNoticeRecipient>
{
    public void Configure(EntityTypeBuilder<RectificationNoticeRecipient> builder)
    {
        builder.ToTable("rectification_notice_recipients");
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.NoticeId, r.OrganizationId }).IsUnique();
        builder.HasIndex(r => r.OrganizationId);
    }
}
