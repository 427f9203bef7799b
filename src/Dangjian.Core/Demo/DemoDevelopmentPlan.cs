using Dangjian.Core.Development;

namespace Dangjian.Core.Demo;

/// <summary>
/// The dates of a plausible case that became an activist on a given day: every interval respects the 2014 rules,
/// so the demo cases pass <see cref="DevelopmentTimeline"/> as if entered step by step.
/// </summary>
internal static class DemoDevelopmentPlan
{
    public static List<StepEntry> Steps(DateOnly activist, WorkingCalendar calendar, int votersDue, Random random)
    {
        var applied = activist.AddDays(-40 - random.Next(60));
        var target = activist.AddYears(1).AddDays(3 + random.Next(20));
        var noticeFrom = calendar.NthWorkday(target.AddDays(45), 1);
        var noticeTo = calendar.NthWorkday(noticeFrom, 5);
        var vote = noticeTo.AddDays(10 + random.Next(10));
        var present = votersDue - random.Next(Math.Max(1, votersDue / 4));
        StepEntry Vote(int step, DateOnly on) => new(step, on) { VotersDue = votersDue, VotersPresent = present, VotesInFavour = present };
        var convertVote = vote.AddYears(1).AddDays(random.Next(10));
        return
        [
            new(1, applied), new(2, applied.AddDays(7 + random.Next(20))), new(3, activist), new(4, activist.AddDays(5)), new(5, activist.AddDays(5)),
            new(6, activist.AddMonths(6)), new(6, activist.AddMonths(12)), new(7, target), new(8, target.AddDays(3)), new(9, target.AddDays(7)),
            new(10, target.AddDays(20)), new(11, target.AddDays(35)) { TrainingDays = 3, TrainingHours = 24 },
            new(12, noticeTo) { NoticeFrom = noticeFrom, NoticeTo = noticeTo }, new(13, noticeTo.AddDays(3)), new(14, noticeTo.AddDays(6)),
            Vote(15, vote), new(16, vote.AddDays(10)), new(17, vote.AddDays(30 + random.Next(30))), new(18, vote.AddDays(70)), new(19, vote.AddDays(70)),
            new(20, vote.AddDays(75)), new(21, vote.AddDays(120)), new(22, vote.AddYears(1).AddDays(-20)), Vote(23, convertVote),
            new(24, convertVote.AddDays(20 + random.Next(40))), new(25, convertVote.AddDays(70)),
        ];
    }
}
