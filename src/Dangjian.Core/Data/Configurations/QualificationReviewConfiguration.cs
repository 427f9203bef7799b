using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class QualificationReviewConfiguration : IEntityTypeConfiguration<QualificationReview>
{
    public void Configure(EntityTypeBuilder<QualificationReview> builder)
    {
        builder.ToTable("qualification_reviews");
        builder.Property(r => r.PersonName).HasMaxLength(40);
        builder.Property(r => r.ProblemReason).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Term).WithMany().HasForeignKey(r => r.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(r => r.CadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TermId, r.ReviewedOn });
        builder.HasIndex(r => r.OrganizationId);
    }
}
