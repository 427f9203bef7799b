using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("review_comments");
        builder.HasOne(x => x.Participant).WithMany(p => p.Comments).HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.RectificationItem).WithMany().HasForeignKey(x => x.RectificationItemId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(x => x.Text).HasMaxLength(4000);
        builder.Property(x => x.Reviewer).HasMaxLength(100);
        builder.Property(x => x.CreatedBy).HasMaxLength(100);
        builder.HasIndex(x => x.ParticipantId);
    }
}
