using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class CadreConfiguration : IEntityTypeConfiguration<Cadre>
{
    public void Configure(EntityTypeBuilder<Cadre> builder)
    {
        builder.ToTable("cadres");
        PersonMapping.Map(builder, c => c.Person);
        builder.Property(c => c.LeftReason).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOneShoulder);
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Term).WithMany().HasForeignKey(c => c.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TermId, c.PartyPost });
        builder.HasIndex(c => new { c.OrganizationId, c.TermId });
    }
}
