using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ReserveCadreConfiguration : IEntityTypeConfiguration<ReserveCadre>
{
    public void Configure(EntityTypeBuilder<ReserveCadre> builder)
    {
        builder.ToTable("reserve_cadres");
        PersonMapping.Map(builder, r => r.Person);
        builder.Property(r => r.PromotedTo).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganizationId, r.Source });
    }
}
