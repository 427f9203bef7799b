using Dangjian.Core.Development;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class DevelopmentStepRecordConfiguration : IEntityTypeConfiguration<DevelopmentStepRecord>
{
    public void Configure(EntityTypeBuilder<DevelopmentStepRecord> builder)
    {
        builder.ToTable("development_steps");
        builder.Property(s => s.Note).HasMaxLength(400);
        builder.HasIndex(s => new { s.CaseId, s.Step });
        builder.HasIndex(s => new { s.Step, s.CompletedOn });
    }
}
