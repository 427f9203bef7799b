using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;

namespace Dangjian.Core.OrgLife.Compliance;

/// <summary>What the engine needs to know about an organization. Full members decide whether it has a committee.</summary>
public sealed record OrgFacts(int Id, OrgLevel Level, OrgSector Sector, int FullMembers);

/// <summary>Attendance of one meeting or a sum of meetings: due and present, overall and for two groups that are hard to reach.</summary>
public readonly record struct AttendanceCounts(int Due, int Present, int MobileDue, int MobilePresent, int NoSmartphoneDue, int NoSmartphonePresent)
{
    public static AttendanceCounts operator +(AttendanceCounts a, AttendanceCounts b) => new(
        a.Due + b.Due, a.Present + b.Present, a.MobileDue + b.MobileDue, a.MobilePresent + b.MobilePresent,
        a.NoSmartphoneDue + b.NoSmartphoneDue, a.NoSmartphonePresent + b.NoSmartphonePresent);

    public double? Rate => Ratio(Present, Due);
    public double? MobileRate => Ratio(MobilePresent, MobileDue);
    public double? NoSmartphoneRate => Ratio(NoSmartphonePresent, NoSmartphoneDue);

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}

/// <summary>One meeting as the engine sees it: no minutes, no names, only what the rules look at.</summary>
public sealed record MeetingFacts(
    int Id, int OrganizationId, MeetingKind Kind, DateOnly HeldOn, DateTime EnteredAtUtc,
    bool IncludesDemocraticAppraisal, bool EnteredByProxy, AttendanceCounts Attendance)
{
    /// <summary>The Beijing date of the entry, whatever the server's time zone.</summary>
    public DateOnly EnteredOn => EnteredAtUtc.BeijingDate();

    public bool EnteredLate(int lateAfterDays) => EnteredOn.DayNumber - HeldOn.DayNumber > lateAfterDays;

    public IEnumerable<MeetingKind> CountsFor()
    {
        yield return Kind;
        if (IncludesDemocraticAppraisal && Kind != MeetingKind.DemocraticAppraisal)
        {
            yield return MeetingKind.DemocraticAppraisal;
        }
    }
}
