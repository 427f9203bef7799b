using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ReviewParticipantConfiguration : IEntityTypeConfiguration<ReviewParticipant>
{
    public void Configure(EntityTypeBuilder<ReviewParticipant> builder)
    {
        builder.ToTable("review_participants");
        builder.HasOne(x => x.Plan).WithMany(p => p.Participants).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.ReportDraft).WithMany().HasForeignKey(x => x.ReportDraftId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(x => x.Talk).WithMany().HasForeignKey(x => x.TalkId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(x => x.SecretaryName).HasMaxLength(40);
        builder.Property(x => x.IndicatorScoresJson).HasMaxLength(64000);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Ballots);
        builder.HasIndex(x => new { x.PlanId, x.OrganizationId }).IsUnique();
        builder.HasIndex(x => x.OrganizationId);
    }
}
