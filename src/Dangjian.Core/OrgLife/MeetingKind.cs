namespace Dangjian.Core.OrgLife;

/// <summary>Kinds of organizational-life meetings (DOMAIN.md §4); a county may add rules for any of them.</summary>
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
