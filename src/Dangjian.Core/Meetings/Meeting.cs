using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>One meeting held by an organization, with who was due to attend and who came.</summary>
public class Meeting : IVersioned, ITaggedRecord
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public MeetingKind Kind { get; set; }

    /// <summary>The county's own category or sub-category of the record (<see cref="RecordTag"/>), if any.</summary>
    public int? TagId { get; set; }
    public RecordTag? Tag { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Topic { get; set; }
    public string? Place { get; set; }
    public string? ChairName { get; set; }

    /// <summary>
    /// Who gave the lecture (党课) or the main talk, as shown: a township leader, a member of the branch or an outside speaker.
    /// </summary>
    public string? SpeakerName { get; set; }

    /// <summary>The speaker's member record when a member of the organization of that name gave it.</summary>
    public int? SpeakerMemberId { get; set; }
    public Member? SpeakerMember { get; set; }

    /// <summary>
    /// The speaker's account when a township leader gave it (the secretary, a 班子成员 of the organization's contact point
    /// or liaison scope): the indicators of leaders' lectures count by this relation, not by <see cref="SpeakerName"/>.
    /// </summary>
    public int? SpeakerUserId { get; set; }
    public AppUser? SpeakerUser { get; set; }

    public string? MinutesText { get; set; }
    public int? MonthlyThemeId { get; set; }
    public MonthlyTheme? MonthlyTheme { get; set; }

    /// <summary>An 组织生活会 that also held 民主评议党员 counts for both rules.</summary>
    public bool IncludesDemocraticAppraisal { get; set; }

    /// <summary>代录: a clerk or the level above entered it on the branch's behalf. "Entered late" is derived, not stored.</summary>
    public bool EnteredByProxy { get; set; }
    public DateTime EnteredAtUtc { get; set; }
    public string? EnteredBy { get; set; }

    /// <summary>The last correction (更正) of the saved record: when and by whom. The first entry above stays as it was.</summary>
    public DateTime? CorrectedAtUtc { get; set; }
    public string? CorrectedBy { get; set; }

    public List<MeetingAttendance> Attendances { get; set; } = [];
    public List<MeetingAttachment> Attachments { get; set; } = [];

    public int Version { get; set; }
}
