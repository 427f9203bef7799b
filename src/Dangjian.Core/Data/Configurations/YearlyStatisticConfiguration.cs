using Dangjian.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class YearlyStatisticConfiguration : IEntityTypeConfiguration<YearlyStatistic>
{
    public void Configure(EntityTypeBuilder<YearlyStatistic> builder)
    {
        builder.ToTable("yearly_statistics");
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.Property(s => s.Name).HasMaxLength(60);
        builder.Property(s => s.Unit).HasMaxLength(20);
        builder.Property(s => s.Sectors).HasMaxLength(400);
        builder.Property(s => s.Levels).HasMaxLength(200);
        builder.Property(s => s.Definition).HasMaxLength(400);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.SectorList);
        builder.Ignore(s => s.LevelList);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.Code }).IsUnique();
    }
}

public class StatisticValueConfiguration : IEntityTypeConfiguration<StatisticValue>
{
    public void Configure(EntityTypeBuilder<StatisticValue> builder)
    {
        builder.ToTable("statistic_values");
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne(v => v.Organization).WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Statistic).WithMany().HasForeignKey(v => v.StatisticId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.OrganizationId, v.StatisticId, v.Year }).IsUnique();
        // indicators select one statistic's values of a year under a township
        builder.HasIndex(v => new { v.StatisticId, v.Year });
    }
}
