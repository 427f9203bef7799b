using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class KeyTaskConfiguration : IEntityTypeConfiguration<KeyTask>
{
    public void Configure(EntityTypeBuilder<KeyTask> builder)
    {
        builder.ToTable("key_tasks");
        builder.Property(x => x.Title).HasMaxLength(1000);
        builder.HasMany(x => x.Assignments).WithOne(a => a.Task).HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.ListId, x.Month });
    }
}
