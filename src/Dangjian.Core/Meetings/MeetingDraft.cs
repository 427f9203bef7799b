using Dangjian.Core.OrgLife;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Meetings;

/// <summary>A meeting as entered on the form or posted to the API, before it is checked and stored.</summary>
public sealed record MeetingDraft
{
    public int OrganizationId { get; init; }
    public MeetingKind Kind { get; init; }
    public DateOnly? HeldOn { get; init; }
    public string? Topic { get; init; }
    public string? Place { get; init; }
    public string? ChairName { get; init; }
    public string? SpeakerName { get; init; }

    /// <summary>
    /// The speaker's account when a township leader gave it (<see cref="MeetingSpeakers"/>); the name is filled from the
    /// account when left empty. Leaders count in the indicators by this, not by the name.
    /// </summary>
    public int? SpeakerUserId { get; init; }
    public string? MinutesText { get; init; }
    public int? MonthlyThemeId { get; init; }

    /// <summary>The county's own topic category (专题研究党建…), if any.</summary>
    public int? TagId { get; init; }
    public bool IncludesDemocraticAppraisal { get; init; }

    /// <summary>Every member due to attend; members of the organization not listed were not due.</summary>
    public IReadOnlyList<AttendanceDraft> Attendance { get; init; } = [];
}

public sealed record AttendanceDraft(int MemberId, AttendanceStatus Status, string? AbsenceReason = null);
