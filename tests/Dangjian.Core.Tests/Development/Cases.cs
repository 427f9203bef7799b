using Dangjian.Core.Development;

namespace Dangjian.Core.Tests.Development;

/// <summary>Case facts built step by step, each step a given number of days after the previous one.</summary>
internal sealed class Cases
{
    public static readonly DevelopmentTimeline Timeline = new(DevelopmentRuleSets.Rules2014, WorkingCalendar.Default);
    public static readonly DateOnly Birth = new(1995, 3, 1);
    public static readonly DateOnly Today = new(2030, 1, 1);

    private readonly List<StepEntry> done = [];
    private int? extension;

    public static Cases AppliedOn(DateOnly day) => new Cases().With(new StepEntry(1, day));

    public Cases With(StepEntry entry)
    {
        done.Add(entry);
        return this;
    }

    /// <summary>Steps up to <paramref name="last"/> on <paramref name="day"/> (and following days), with valid inputs.</summary>
    public Cases Through(int last, DateOnly day)
    {
        for (var step = done.Count == 0 ? 1 : done.Max(d => d.Step) + 1; step <= last; step++)
        {
            done.Add(Valid(step, day));
        }

        return this;
    }

    public Cases Extended(int months)
    {
        extension = months;
        return this;
    }

    public CaseFacts Facts => new(Birth, done.ToList(), extension);

    public static StepEntry Valid(int step, DateOnly day) => step switch
    {
        StepNumbers.Training => new StepEntry(step, day) { TrainingDays = 3 },
        StepNumbers.CommitteeReviewAndNotice => new StepEntry(step, day) { NoticeFrom = day.AddDays(-20), NoticeTo = day.AddDays(-10) },
        StepNumbers.AdmissionVote or StepNumbers.ConversionVote => new StepEntry(step, day) { VotersDue = 20, VotersPresent = 15, VotesInFavour = 15 },
        _ => new StepEntry(step, day),
    };
}
