using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>
/// Records steps of cases under the timing rules and keeps the member registry in step: admission (审批) creates the
/// probationary member, conversion makes them full from the day the probation ended.
/// </summary>
public sealed class DevelopmentPipeline(AppDbContext db)
{
    public async Task<WorkingCalendar> CalendarAsync(CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

    public async Task<DevelopmentTimeline> TimelineAsync(DevelopmentCase c, CancellationToken ct = default) =>
        new(c.Rules(), await CalendarAsync(ct));

    /// <summary>Opens a case with its first step (the application); nothing is saved when a rule blocks.</summary>
    public async Task<(DevelopmentCase Case, IReadOnlyList<RuleFinding> Findings)> StartAsync(DevelopmentCase c, DateOnly today, CancellationToken ct = default)
    {
        c.RuleSet = DevelopmentRuleSets.For(c.AppliedOn).ShortName;
        var findings = await RecordAsync(c, new StepEntry(StepNumbers.Application, c.AppliedOn), null, today, ct);
        return (c, findings);
    }

    /// <summary>Checks and, unless a rule blocks, records the step and saves. Returns the findings (warnings are kept).</summary>
    public async Task<IReadOnlyList<RuleFinding>> RecordAsync(DevelopmentCase c, StepEntry entry, string? note, DateOnly today, CancellationToken ct = default)
    {
        var timeline = await TimelineAsync(c, ct);
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

    public async Task<IReadOnlyList<RuleFinding>> ExtendAsync(DevelopmentCase c, int months, DateOnly on, CancellationToken ct = default)
    {
        var findings = (await TimelineAsync(c, ct)).CheckExtension(c.Facts(), months);
        if (findings.Count == 0)
        {
            c.ExtensionMonths = months;
            c.ExtendedOn = on;
            await db.SaveChangesAsync(ct);
        }

        return findings;
    }

    /// <summary>
    /// Ends a case: a probationary member's qualification is cancelled (取消预备党员资格, the member record is kept and
    /// marked <see cref="MemberState.Stopped"/>), an earlier candidate is no longer developed (终止培养).
    /// </summary>
    public async Task<string?> CloseAsync(DevelopmentCase c, DateOnly on, string reason, CancellationToken ct = default)
    {
        if (c.State != CaseState.Open)
        {
            return "该发展党员工作已结束。";
        }

        c.State = c.Stage == DevelopmentStage.Probationary ? CaseState.Cancelled : CaseState.Stopped;
        c.ClosedOn = on;
        c.CloseReason = reason.Trim();
        if (c.State == CaseState.Cancelled && c.MemberId is { } id && await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is { } member)
        {
            member.State = MemberState.Stopped;
        }

        await db.SaveChangesAsync(ct);
        return null;
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
