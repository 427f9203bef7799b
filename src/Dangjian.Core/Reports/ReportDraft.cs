using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// One draft of a township secretary's annual duty report (述职报告). Its text lives in <see cref="ReportParagraph"/>s
/// with figure tokens; <see cref="ReportFigure"/>s keep each figure's value at drafting time. A submitted draft is
/// frozen: a new draft may start from it (<see cref="StartedFromId"/>).
/// </summary>
public class ReportDraft : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Year { get; set; }

    /// <summary>第N稿: the draft's number among its township's drafts of the year, from 1 (not the database id).</summary>
    public int Number { get; set; }
    public required string Title { get; set; }
    public ReportState State { get; set; }
    public int? StartedFromId { get; set; }

    /// <summary>The user's own plans for 三、下一步, one per line, as entered on composing.</summary>
    public string? Plans { get; set; }

    /// <summary>The secretary's own problems and causes for 二、, one per line, as entered on composing.</summary>
    public string? OwnProblems { get; set; }
    public string? OwnCauses { get; set; }

    /// <summary>The keys of the proposed problems she left out (<see cref="ProposedProblem.Key"/>), comma-separated.</summary>
    public string? DeclinedProblems { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
    public List<ReportParagraph> Paragraphs { get; set; } = [];
    public List<ReportFigure> Figures { get; set; } = [];
    public int Version { get; set; }
}

public enum ReportState { Draft, Submitted }

/// <summary>The parts of a duty report, in order.</summary>
public enum ReportSection { Opening, Highlights, Problems, Causes, NextSteps }
