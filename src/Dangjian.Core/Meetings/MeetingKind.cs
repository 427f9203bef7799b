using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>Kinds of organizational-life meetings (docs/design/domain.md §4); a county may add rules for any of them.</summary>
public enum MeetingKind
{
    MemberAssembly,
    BranchCommittee,
    GroupMeeting,
    PartyLecture,
    ThemeDay,
    OrgLifeMeeting,
    DemocraticAppraisal,
    TownshipCommitteeMeeting,
    PartyBuildingSession,
    CentralGroupStudy,
}

public enum AttendanceStatus { Present, Absent, OnLeave }
