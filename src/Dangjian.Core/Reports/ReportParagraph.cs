using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>One paragraph of a draft; figures appear as tokens ({{fig:meetings.committee}}) rendered with current values.</summary>
public class ReportParagraph : IVersioned
{
    public int Id { get; set; }
    public int DraftId { get; set; }
    public ReportDraft? Draft { get; set; }
    public ReportSection Section { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public int Version { get; set; }
}

/// <summary>A figure's value when the draft was composed: a different current value marks its sentences stale.</summary>
public class ReportFigure
{
    public int Id { get; set; }
    public int DraftId { get; set; }
    public ReportDraft? Draft { get; set; }
    public required string IndicatorId { get; set; }

    /// <summary>As printed, "25次"; comparisons are stored under "cmp:" + indicator id.</summary>
    public required string Text { get; set; }
}

/// <summary>One saved state of a draft's paragraphs (history); the snapshot is JSON of section, position and text.</summary>
public class ReportRevision
{
    public int Id { get; set; }
    public int DraftId { get; set; }
    public ReportDraft? Draft { get; set; }
    public int Number { get; set; }
    public DateTime SavedAtUtc { get; set; }
    public string? SavedBy { get; set; }
    public required string Note { get; set; }
    public required string Snapshot { get; set; }
}

/// <summary>A county's own report wording and indicators (JSON, see <see cref="ReportTemplate"/>), under its county committee.</summary>
public class CountyReportTemplate : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Json { get; set; }
    public int Version { get; set; }
}
