using Dangjian.Core.Loop.Bulletins;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> builder)
    {
        builder.ToTable("bulletins");
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Text).HasMaxLength(20000);
        builder.Ignore(x => x.IsIssued);
        builder.Ignore(x => x.IssueLabel);
        builder.HasIndex(x => new { x.OrganizationId, x.Year, x.Number }).IsUnique();
    }
}
