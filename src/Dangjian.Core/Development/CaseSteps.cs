using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>
/// Records steps of a case under the timing rules and keeps the member registry in step: admission (审批) creates the
/// probationary member, conversion makes them full from the day the probation ended. The demo writes its cases through
/// it; pages through <see cref="DevelopmentStepEntry"/>.
/// </summary>
internal sealed class CaseSteps(AppDbContext db)
{
    /// <summary>Opens a case with its first step (the application); nothing is saved when a rule blocks.</summary>
    public Task<IReadOnlyList<RuleFinding>> StartAsync(DevelopmentCase c, DateOnly today, CancellationToken ct)
    {
        c.RuleSet = DevelopmentRuleSets.For(c.AppliedOn).ShortName;
        return RecordAsync(c, new StepEntry(StepNumbers.Application, c.AppliedOn), null, today, ct);
    }

    /// <summary>Checks and, unless a rule blocks, records the step and saves. Returns the findings (warnings are kept).</summary>
    public async Task<IReadOnlyList<RuleFinding>> RecordAsync(DevelopmentCase c, StepEntry entry, string? note, DateOnly today, CancellationToken ct)
    {
        var timeline = await DevelopmentTimeline.LoadAsync(db, c, ct);
        var findings = timeline.Check(c.Facts(), entry, today);
        if (findings.Any(f => f.Severity == Severity.Block))
        {
            return findings;
        }

        c.Steps.Add(new DevelopmentStepRecord
        {
            Step = entry.Step, CompletedOn = entry.On, TrainingDays = entry.TrainingDays, TrainingHours = entry.TrainingHours,
            VotersDue = entry.VotersDue, VotersPresent = entry.VotersPresent, VotesInFavour = entry.VotesInFavour,
            NoticeFrom = entry.NoticeFrom, NoticeTo = entry.NoticeTo,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        c.LastStep = Math.Max(c.LastStep, entry.Step);
        c.Stage = timeline.Rules.Step(c.LastStep).Stage;
        if (c.Id == 0)
        {
            db.DevelopmentCases.Add(c);
        }

        if (entry.Step == StepNumbers.Approval)
        {
            await AdmitAsync(c, ct);
        }
        else if (entry.Step == StepNumbers.ConversionApproval)
        {
            await ConvertAsync(c, timeline.ProbationEnd(c.Facts()), ct);
        }

        await db.SaveChangesAsync(ct);
        return findings;
    }

    private async Task AdmitAsync(DevelopmentCase c, CancellationToken ct)
    {
        var vote = c.Steps.Where(s => s.Step == StepNumbers.AdmissionVote).Max(s => s.CompletedOn);
        var member = c.MemberId is { } id ? await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) : null;
        if (member is null)
        {
            member = new Member { Name = c.Name, OrganizationId = c.OrganizationId };
            db.Members.Add(member);
        }

        member.Sex = c.Sex;
        member.BirthDate = c.BirthDate;
        member.Education = c.Education;
        member.Status = MemberStatus.Probationary;
        member.JoinedOn = vote;
        member.State = MemberState.Active;
        c.Member = member;
    }

    private async Task ConvertAsync(DevelopmentCase c, DateOnly probationEnd, CancellationToken ct)
    {
        c.State = CaseState.Converted;
        if (c.MemberId is { } id && await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is { } member)
        {
            member.Status = MemberStatus.Full;
            member.ConvertedOn = probationEnd;
        }
    }
}
