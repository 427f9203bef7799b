using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.Property(m => m.Topic).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(100);
        builder.Property(m => m.ChairName).HasMaxLength(40);
        builder.Property(m => m.SpeakerName).HasMaxLength(40);
        builder.Property(m => m.EnteredBy).HasMaxLength(100);
        builder.Property(m => m.CorrectedBy).HasMaxLength(100);
        builder.Property(m => m.MinutesText).HasMaxLength(4000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Tag).WithMany().HasForeignKey(m => m.TagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.SpeakerMember).WithMany().HasForeignKey(m => m.SpeakerMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.SpeakerUser).WithMany().HasForeignKey(m => m.SpeakerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.MonthlyTheme).WithMany().HasForeignKey(m => m.MonthlyThemeId).OnDelete(DeleteBehavior.Restrict);
        // the compliance query selects one subtree's meetings of a date range
        builder.HasIndex(m => new { m.OrganizationId, m.HeldOn });
    }
}
