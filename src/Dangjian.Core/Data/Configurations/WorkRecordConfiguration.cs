using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class WorkRecordConfiguration : IEntityTypeConfiguration<WorkRecord>
{
    public void Configure(EntityTypeBuilder<WorkRecord> builder)
    {
        builder.ToTable("work_records");
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.LedBy).HasMaxLength(40);
        builder.Property(w => w.Place).HasMaxLength(100);
        builder.Property(w => w.EnteredBy).HasMaxLength(100);
        builder.Property(w => w.Notes).HasMaxLength(4000);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne(w => w.Organization).WithMany().HasForeignKey(w => w.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Tag).WithMany().HasForeignKey(w => w.TagId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.LedByUser).WithMany().HasForeignKey(w => w.LedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Category).WithMany().HasForeignKey(w => w.CategoryId).OnDelete(DeleteBehavior.Restrict);
        // indicators select one category's records of a year under a township
        builder.HasIndex(w => new { w.CategoryId, w.HeldOn });
        builder.HasIndex(w => new { w.OrganizationId, w.HeldOn });
    }
}

public class WorkCategoryConfiguration : IEntityTypeConfiguration<WorkCategory>
{
    public void Configure(EntityTypeBuilder<WorkCategory> builder)
    {
        builder.ToTable("work_categories");
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.Name).HasMaxLength(60);
        builder.Property(c => c.Unit).HasMaxLength(20);
        builder.Property(c => c.ParticipantUnit).HasMaxLength(20);
        builder.Property(c => c.QuantityMeaning).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganizationId, c.Code }).IsUnique();
    }
}
