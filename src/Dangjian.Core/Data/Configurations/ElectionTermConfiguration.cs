using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ElectionTermConfiguration : IEntityTypeConfiguration<ElectionTerm>
{
    public void Configure(EntityTypeBuilder<ElectionTerm> builder)
    {
        builder.ToTable("election_terms");
        builder.Property(t => t.Name).HasMaxLength(40);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganizationId, t.ElectedOn });
    }
}
