using Dangjian.Core.Reports.Highlights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class HighlightConfiguration : IEntityTypeConfiguration<Highlight>
{
    public void Configure(EntityTypeBuilder<Highlight> builder)
    {
        builder.ToTable("highlights");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.ThemeKey).HasMaxLength(200);
        builder.Property(x => x.Event).HasMaxLength(HighlightEntry.MaxEvent);
        builder.Property(x => x.Place).HasMaxLength(HighlightEntry.MaxPlace);
        builder.Property(x => x.Narrative).HasMaxLength(HighlightEntry.MaxNarrative);
        builder.Property(x => x.EnteredBy).HasMaxLength(100);
        builder.HasIndex(x => new { x.Source, x.RecordId }).IsUnique();
        builder.HasIndex(x => new { x.OrganizationId, x.HappenedOn });
    }
}

public class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Name).HasMaxLength(CampaignEntry.MaxName);
        builder.HasIndex(x => new { x.OrganizationId, x.Year, x.Name }).IsUnique();
    }
}
