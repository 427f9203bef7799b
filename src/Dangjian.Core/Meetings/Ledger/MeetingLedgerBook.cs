using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>
/// The 三会一课 台账 of one organization and year: what the rules asked for and what was held, kind by kind, then every
/// meeting in date order. <see cref="MadeOn"/> is the Beijing date it was drawn up (制表日期).
/// </summary>
public sealed record MeetingLedgerBook(
    string OrganizationName, int Year, IReadOnlyList<LedgerKindLine> Summary, IReadOnlyList<LedgerEntry> Entries, DateOnly MadeOn)
{
    /// <summary>Printed while the year is still running: the summary's shortfalls cover only the periods that have ended.</summary>
    public bool YearInProgress => MadeOn <= new DateOnly(Year, 12, 31);
}

/// <summary>
/// One kind of meeting over the year. <see cref="Due"/> is the year's required count (null when the rule is optional or
/// none applies); <see cref="Unmet"/> the ended periods judged missing or short of quorum by the compliance engine.
/// </summary>
public sealed record LedgerKindLine(MeetingKind Kind, string Requirement, int? Due, int Held, int? Unmet);

/// <summary>One meeting as the ledger prints it. Names only: never a resident ID or phone number.</summary>
public sealed record LedgerEntry(
    DateOnly HeldOn, MeetingKind Kind, bool IncludesDemocraticAppraisal, string Topic, string? Place, string? Chair, string? Speaker,
    int Due, int Present, int OnLeave, int Absent, IReadOnlyList<LedgerAbsence> Absences, string? Minutes,
    DateTime EnteredAtBeijing, string? EnteredBy, bool EnteredByProxy)
{
    public string KindText => IncludesDemocraticAppraisal && Kind != MeetingKind.DemocraticAppraisal
        ? $"{OrgLifeLabels.Of(Kind)}（含{OrgLifeLabels.Of(MeetingKind.DemocraticAppraisal)}）"
        : OrgLifeLabels.Of(Kind);
}

/// <summary>A member due at a meeting who was on leave or absent, with the reason recorded (if any).</summary>
public sealed record LedgerAbsence(string Name, AttendanceStatus Status, string? Reason)
{
    public string Text => Reason is { Length: > 0 } r ? $"{Name}（{r}）" : Name;
}
