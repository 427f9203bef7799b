using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dangjian.Core.Data.Configurations;

public class ReportDraftConfiguration : IEntityTypeConfiguration<ReportDraft>
{
    public void Configure(EntityTypeBuilder<ReportDraft> builder)
    {
        builder.ToTable("report_drafts");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.Plans).HasMaxLength(4000);
        builder.Property(d => d.OwnProblems).HasMaxLength(4000);
        builder.Property(d => d.OwnCauses).HasMaxLength(4000);
        builder.Property(d => d.DeclinedProblems).HasMaxLength(1000);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.Property(d => d.SubmittedBy).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.OrganizationId, d.Year, d.Number }).IsUnique();
    }
}

public class ReportParagraphConfiguration : IEntityTypeConfiguration<ReportParagraph>
{
    public void Configure(EntityTypeBuilder<ReportParagraph> builder)
    {
        builder.ToTable("report_paragraphs");
        builder.Property(p => p.Text).HasMaxLength(4000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Draft).WithMany(d => d.Paragraphs).HasForeignKey(p => p.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.DraftId, p.Position });
    }
}

public class ReportFigureConfiguration : IEntityTypeConfiguration<ReportFigure>
{
    public void Configure(EntityTypeBuilder<ReportFigure> builder)
    {
        builder.ToTable("report_figures");
        builder.Property(f => f.IndicatorId).HasMaxLength(100);
        builder.Property(f => f.Text).HasMaxLength(100);
        builder.HasOne(f => f.Draft).WithMany(d => d.Figures).HasForeignKey(f => f.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.DraftId, f.IndicatorId }).IsUnique();
    }
}

public class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevision>
{
    public void Configure(EntityTypeBuilder<ReportRevision> builder)
    {
        builder.ToTable("report_revisions");
        builder.Property(r => r.SavedBy).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.Property(r => r.Snapshot).HasMaxLength(64000);
        builder.HasOne(r => r.Draft).WithMany().HasForeignKey(r => r.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.DraftId, r.Number }).IsUnique();
    }
}

public class CountyReportTemplateConfiguration : IEntityTypeConfiguration<CountyReportTemplate>
{
    public void Configure(EntityTypeBuilder<CountyReportTemplate> builder)
    {
        builder.ToTable("county_report_templates");
        builder.Property(t => t.Json).HasMaxLength(64000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.OrganizationId).IsUnique();
    }
}
