using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Reports.Highlights;

/// <summary>
/// 亮点: one record marked as a highlight of its year with the township's own words — what was done (<see cref="Event"/>),
/// where (<see cref="Place"/>) and with what result (<see cref="Narrative"/>) — under a theme of the report's 一、
/// (<see cref="ThemeKey"/>, <see cref="Reports.Template.ThemeTemplate.KeyOrTheme"/>). One per record; the organization and the date
/// of the fact are the record's, copied when it is marked.
/// </summary>
public class Highlight : IVersioned
{
    public int Id { get; set; }
    public HighlightSource Source { get; set; }
    public int RecordId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public DateOnly HappenedOn { get; set; }
    public required string ThemeKey { get; set; }
    public required string Event { get; set; }
    public string? Place { get; set; }
    public required string Narrative { get; set; }
    public DateTime EnteredAtUtc { get; set; }
    public string? EnteredBy { get; set; }
    public int Version { get; set; }
}

/// <summary>The kinds of record a highlight may be attached to.</summary>
public enum HighlightSource { Meeting, WorkRecord, ServiceRecord, Inspection, Commitment, Project, Honour, ContactVisit }
