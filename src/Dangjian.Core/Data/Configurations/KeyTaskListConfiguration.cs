using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class KeyTaskListConfiguration : IEntityTypeConfiguration<KeyTaskList>
{
    public void Configure(EntityTypeBuilder<KeyTaskList> builder)
    {
        builder.ToTable("key_task_lists");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.HasMany(x => x.Tasks).WithOne(t => t.List).HasForeignKey(t => t.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.OrganizationId, x.Year });
    }
}
