namespace Dangjian.Core.Development;

/// <summary>A step as done (or proposed), with what its kind of step records.</summary>
public sealed record StepEntry(int Step, DateOnly On)
{
    public int? TrainingDays { get; init; }
    public int? TrainingHours { get; init; }
    public int? VotersDue { get; init; }
    public int? VotersPresent { get; init; }
    public int? VotesInFavour { get; init; }
    public DateOnly? NoticeFrom { get; init; }
    public DateOnly? NoticeTo { get; init; }
}

/// <summary>What the timing rules need of a case.</summary>
public sealed record CaseFacts(DateOnly BirthDate, IReadOnlyList<StepEntry> Done, int? ExtensionMonths = null, bool Closed = false)
{
    public StepEntry? Last(int step) => Done.Where(d => d.Step == step).MaxBy(d => d.On);

    public int LastStep => Done.Count == 0 ? 0 : Done.Max(d => d.Step);
}

public enum Severity { Block, Warn }

public sealed record RuleFinding(Severity Severity, TimingRule Rule, string Message);

/// <summary>The next step of a case: not before <see cref="Earliest"/>, due by <see cref="Deadline"/>.</summary>
public sealed record NextDue(DevelopmentStep Step, DateOnly? Earliest, DateOnly? Deadline, string? DeadlineReason)
{
    public bool IsOverdue(DateOnly today) => Deadline is { } d && d < today;

    public bool IsDueWithin(DateOnly today, int days) => Deadline is { } d && d <= today.AddDays(days);
}
