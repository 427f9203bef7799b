using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Development;

/// <summary>One candidate's path from application to full membership in a branch (发展党员).</summary>
public class DevelopmentCase : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    public Education Education { get; set; }
    public DateOnly AppliedOn { get; set; }

    /// <summary><see cref="DevelopmentRuleSet.ShortName"/> of the version in force on the application date.</summary>
    public string RuleSet { get; set; } = "";

    /// <summary>Kept in step with the steps recorded: the stage and number of the last one.</summary>
    public DevelopmentStage Stage { get; set; }
    public int LastStep { get; set; }
    public CaseState State { get; set; }
    public int? ExtensionMonths { get; set; }
    public DateOnly? ExtendedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? CloseReason { get; set; }

    /// <summary>The member record created on admission as probationary member.</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    public List<DevelopmentStepRecord> Steps { get; set; } = [];
    public int Version { get; set; }
}

public enum CaseState { Open, Converted, Cancelled, Stopped }

/// <summary>A step done, with the figures its kind records (training length, vote counts, notice period).</summary>
public class DevelopmentStepRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DevelopmentCase? Case { get; set; }
    public int Step { get; set; }
    public DateOnly CompletedOn { get; set; }
    public int? TrainingDays { get; set; }
    public int? TrainingHours { get; set; }
    public int? VotersDue { get; set; }
    public int? VotersPresent { get; set; }
    public int? VotesInFavour { get; set; }
    public DateOnly? NoticeFrom { get; set; }
    public DateOnly? NoticeTo { get; set; }
    public string? Note { get; set; }

    public StepEntry ToEntry() => new(Step, CompletedOn)
    {
        TrainingDays = TrainingDays, TrainingHours = TrainingHours, VotersDue = VotersDue, VotersPresent = VotersPresent,
        VotesInFavour = VotesInFavour, NoticeFrom = NoticeFrom, NoticeTo = NoticeTo,
    };
}
