using Dangjian.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Ip).HasMaxLength(64);
        builder.Property(e => e.TargetType).HasMaxLength(100);
        builder.Property(e => e.TargetId).HasMaxLength(100);
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.UserName, e.AtUtc });
        builder.HasIndex(e => new { e.TargetType, e.TargetId });
        builder.HasIndex(e => new { e.Action, e.AtUtc });
    }
}
