using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;

namespace Dangjian.Core.Loop.Contacts;

/// <summary>What a leader did on a visit to the contact point.</summary>
public enum VisitKind { Research, Lecture, Guidance, Inspection, Other }

/// <summary>One visit of the leader to a contact point: the date it happened and what was done.</summary>
public class ContactVisit : IVersioned
{
    public int Id { get; set; }
    public int ContactPointId { get; set; }
    public ContactPoint? ContactPoint { get; set; }
    public DateOnly VisitedOn { get; set; }
    public VisitKind Kind { get; set; }
    public required string Activity { get; set; }
    public DateTime EnteredAtUtc { get; set; }
    public string? EnteredBy { get; set; }
    public int Version { get; set; }
}
