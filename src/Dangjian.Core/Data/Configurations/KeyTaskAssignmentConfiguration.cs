using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class KeyTaskAssignmentConfiguration : IEntityTypeConfiguration<KeyTaskAssignment>
{
    public void Configure(EntityTypeBuilder<KeyTaskAssignment> builder)
    {
        builder.ToTable("key_task_assignments");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Progress).HasMaxLength(4000);
        builder.Property(x => x.Evidence).HasMaxLength(4000);
        builder.HasIndex(x => new { x.TaskId, x.OrganizationId }).IsUnique();
        builder.HasIndex(x => new { x.OrganizationId, x.CompletedOn });
    }
}
