using Dangjian.Core.Building.Honours;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class HonourNameConfiguration : IEntityTypeConfiguration<HonourName>
{
    public void Configure(EntityTypeBuilder<HonourName> builder)
    {
        builder.ToTable("honour_names");
        builder.Property(n => n.Name).HasMaxLength(HonourNames.NameMax);
        builder.Property(n => n.Unit).HasMaxLength(HonourNames.UnitMax);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne(n => n.Organization).WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.OrganizationId, n.Target, n.Name }).IsUnique();
    }
}

public class HonourConfiguration : IEntityTypeConfiguration<Honour>
{
    public void Configure(EntityTypeBuilder<Honour> builder)
    {
        builder.ToTable("honours");
        builder.Property(h => h.PersonName).HasMaxLength(HonourEntry.PersonNameMax);
        builder.Property(h => h.ConferredBy).HasMaxLength(HonourEntry.ConferredByMax);
        builder.Property(h => h.Note).HasMaxLength(HonourEntry.NoteMax);
        builder.Property(h => h.EnteredBy).HasMaxLength(100);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasOne(h => h.Organization).WithMany().HasForeignKey(h => h.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.HonourName).WithMany().HasForeignKey(h => h.HonourNameId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Member).WithMany().HasForeignKey(h => h.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.OrganizationId, h.ConferredOn });
        builder.HasIndex(h => h.HonourNameId);
        builder.HasIndex(h => h.MemberId);
    }
}
