namespace Dangjian.Core.Development;

/// <summary>
/// A version of the development rules: the steps (with the articles they rest on) and the timing parameters.
/// The version in force on the application date governs a case for its whole life.
/// </summary>
public sealed record DevelopmentRuleSet
{
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public DateOnly EffectiveFrom { get; init; }

    /// <summary>Set on a version whose articles are not yet checked against the published text.</summary>
    public string? Caveat { get; init; }

    public required IReadOnlyList<DevelopmentStep> Steps { get; init; }
    public int MinimumAge { get; init; } = 18;
    public int TalkWithinMonths { get; init; } = 1;
    public int ActivistMinimumYears { get; init; } = 1;
    public int ReviewEveryMonths { get; init; } = 6;
    public int NoticeMinimumWorkingDays { get; init; } = 5;
    public int TrainingMinimumDays { get; init; } = 3;
    public int TrainingMinimumHours { get; init; } = 24;
    public int ApprovalWithinMonths { get; init; } = 3;
    public int ApprovalSpecialMaxMonths { get; init; } = 6;
    public int ProbationYears { get; init; } = 1;
    public int ExtensionMinMonths { get; init; } = 6;
    public int ExtensionMaxMonths { get; init; } = 12;
    public int ConversionApprovalWithinMonths { get; init; } = 3;

    /// <summary>The articles cited in messages, by rule.</summary>
    public required IReadOnlyDictionary<TimingRule, string> Articles { get; init; }

    public DevelopmentStep Step(int number) => Steps.Single(s => s.Number == number);
}

public enum TimingRule { Age, Talk, ActivistYear, Reviews, Notice, Training, Vote, Approval, Probation, Extension, Conversion }
