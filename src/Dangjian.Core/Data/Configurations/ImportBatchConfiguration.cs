using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.Property(b => b.Ledger).HasMaxLength(40);
        builder.Property(b => b.FileName).HasMaxLength(200);
        builder.Property(b => b.ImportedBy).HasMaxLength(100);
        builder.Property(b => b.UndoneBy).HasMaxLength(100);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne(b => b.Organization).WithMany().HasForeignKey(b => b.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Records).WithOne(r => r.Batch).HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.OrganizationId, b.ImportedAtUtc });
    }
}

public class ImportBatchRecordConfiguration : IEntityTypeConfiguration<ImportBatchRecord>
{
    public void Configure(EntityTypeBuilder<ImportBatchRecord> builder)
    {
        builder.ToTable("import_batch_records");
        builder.HasKey(r => new { r.BatchId, r.RecordId });
    }
}
