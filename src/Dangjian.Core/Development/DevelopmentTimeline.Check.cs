namespace Dangjian.Core.Development;

public sealed partial class DevelopmentTimeline
{
    /// <summary>Whether <paramref name="entry"/> may be recorded now: any <see cref="Severity.Block"/> refuses it.</summary>
    public IReadOnlyList<RuleFinding> Check(CaseFacts facts, StepEntry entry, DateOnly today)
    {
        var findings = new List<RuleFinding>();
        var order = OrderProblem(facts, entry, today);
        if (order is not null)
        {
            return [new RuleFinding(Severity.Block, TimingRule.Probation, order)];
        }

        switch (entry.Step)
        {
            case StepNumbers.Application:
                var adult = facts.BirthDate.AddYears(rules.MinimumAge);
                if (entry.On < adult)
                {
                    findings.Add(Block(TimingRule.Age, $"年满{rules.MinimumAge}岁方可申请入党，该同志于{F(adult)}年满{rules.MinimumAge}岁"));
                }

                break;
            case StepNumbers.Talk:
                var talkBy = facts.Last(StepNumbers.Application)!.On.AddMonths(rules.TalkWithinMonths);
                if (entry.On > talkBy)
                {
                    findings.Add(Warn(TimingRule.Talk, $"党组织应当在收到入党申请书后{rules.TalkWithinMonths}个月内派人谈话，期限为{F(talkBy)}，已逾期"));
                }

                break;
            case StepNumbers.TargetChosen:
                findings.AddRange(CheckTarget(facts, entry));
                break;
            case StepNumbers.Training:
                if ((entry.TrainingDays ?? 0) < rules.TrainingMinimumDays && (entry.TrainingHours ?? 0) < rules.TrainingMinimumHours)
                {
                    findings.Add(Block(TimingRule.Training,
                        $"集中培训时间一般不少于{rules.TrainingMinimumDays}天（或不少于{rules.TrainingMinimumHours}个学时），本次培训{entry.TrainingDays ?? 0}天、{entry.TrainingHours ?? 0}学时"));
                }

                break;
            case StepNumbers.CommitteeReviewAndNotice:
                findings.AddRange(CheckNotice(entry));
                break;
            case StepNumbers.PreApproval:
                var noticeTo = facts.Last(StepNumbers.CommitteeReviewAndNotice)?.NoticeTo;
                if (noticeTo is { } end && entry.On <= end)
                {
                    findings.Add(Block(TimingRule.Notice, $"公示期满后方可报上级党委预审，公示至{F(end)}，最早可于{F(end.AddDays(1))}预审"));
                }

                break;
            case StepNumbers.AdmissionVote or StepNumbers.ConversionVote:
                findings.AddRange(CheckVote(facts, entry));
                break;
            case StepNumbers.Approval:
                findings.AddRange(CheckApproval(facts, entry));
                break;
            case StepNumbers.ConversionApplication:
                break;
            case StepNumbers.ConversionApproval:
                var approveBy = facts.Last(StepNumbers.ConversionVote)!.On.AddMonths(rules.ConversionApprovalWithinMonths);
                if (entry.On > approveBy)
                {
                    findings.Add(Warn(TimingRule.Conversion, $"上级党委应当在{rules.ConversionApprovalWithinMonths}个月内审批转正，期限为{F(approveBy)}，已逾期"));
                }

                break;
        }

        return findings;
    }

    private string? OrderProblem(CaseFacts facts, StepEntry entry, DateOnly today)
    {
        if (facts.Closed)
        {
            return "该发展党员工作已终止，不能继续记录。";
        }

        if (entry.On > today)
        {
            return "日期不能晚于今天。";
        }

        var expected = facts.LastStep + 1;
        var repeatReview = entry.Step == StepNumbers.Review && facts.LastStep == StepNumbers.Review;
        if (entry.Step != expected && !repeatReview)
        {
            return expected > StepNumbers.Last ? "25个步骤已全部完成。" : $"请按顺序办理：下一步是第{expected}步“{rules.Step(expected).Name}”。";
        }

        var previous = facts.Done.Count == 0 ? (DateOnly?)null : facts.Done.Max(d => d.On);
        return previous is { } p && entry.On < p ? $"日期不能早于上一步的日期（{F(p)}）。" : null;
    }

    private IEnumerable<RuleFinding> CheckTarget(CaseFacts facts, StepEntry entry)
    {
        var activist = facts.Last(StepNumbers.ActivistChosen)!.On;
        var earliest = activist.AddYears(rules.ActivistMinimumYears);
        if (entry.On < earliest)
        {
            yield return Block(TimingRule.ActivistYear,
                $"入党积极分子须经过{rules.ActivistMinimumYears}年以上培养教育和考察方可列为发展对象；该同志于{F(activist)}确定为入党积极分子，最早可于{F(earliest)}列为发展对象");
        }

        var reviews = facts.Done.Count(d => d.Step == StepNumbers.Review);
        if (reviews < ReviewsRequired)
        {
            yield return Block(TimingRule.Reviews,
                $"党组织每{rules.ReviewEveryMonths}个月对入党积极分子考察一次，列为发展对象前至少应有{ReviewsRequired}次考察记录，目前只有{reviews}次");
        }
    }

    private IEnumerable<RuleFinding> CheckNotice(StepEntry entry)
    {
        if (entry.NoticeFrom is not { } from || entry.NoticeTo is not { } to || to < from)
        {
            yield return Block(TimingRule.Notice, "请填写公示起止日期（结束日期不早于开始日期）");
            yield break;
        }

        var days = calendar.WorkdaysBetween(from, to);
        if (days < rules.NoticeMinimumWorkingDays)
        {
            var earliest = calendar.NthWorkday(from, rules.NoticeMinimumWorkingDays);
            yield return Block(TimingRule.Notice,
                $"公示期不少于{rules.NoticeMinimumWorkingDays}个工作日（节假日不计，调休上班日计入），自{F(from)}起公示只有{days}个工作日，最早可于{F(earliest)}结束");
        }
    }

    private IEnumerable<RuleFinding> CheckVote(CaseFacts facts, StepEntry entry)
    {
        if (entry.Step == StepNumbers.ConversionVote && entry.On < ProbationEnd(facts))
        {
            yield return Block(TimingRule.Probation,
                $"预备期从支部大会通过之日起计算，为{rules.ProbationYears}年{(facts.ExtensionMonths is { } m ? $"（已延长{m}个月）" : "")}，预备期满方可讨论转正，最早可于{F(ProbationEnd(facts))}讨论");
        }

        if (VoteProblem(entry) is { } problem)
        {
            yield return Block(TimingRule.Vote, problem);
        }
    }

    /// <summary>"双过半": more than half of those due present, and more than half of those due in favour.</summary>
    public static string? VoteProblem(StepEntry vote)
    {
        if (vote.VotersDue is not { } due || vote.VotersPresent is not { } present || vote.VotesInFavour is not { } yes
            || due <= 0 || present < 0 || yes < 0 || present > due || yes > present)
        {
            return "请填写应到会有表决权的正式党员人数、实到人数和赞成人数（实到不超过应到，赞成不超过实到）";
        }

        if (present * 2 <= due)
        {
            return $"到会人数须超过应到会有表决权人数的半数：应到{due}人，实到{present}人，未过半数，会议无效";
        }

        return yes * 2 <= due ? $"赞成人数须超过应到会有表决权的正式党员的半数：应到{due}人，赞成{yes}人，未通过" : null;
    }

    private IEnumerable<RuleFinding> CheckApproval(CaseFacts facts, StepEntry entry)
    {
        var vote = Vote(facts);
        var normal = vote.AddMonths(rules.ApprovalWithinMonths);
        var special = vote.AddMonths(rules.ApprovalSpecialMaxMonths);
        if (entry.On > special)
        {
            yield return Block(TimingRule.Approval,
                $"上级党委应当在{rules.ApprovalWithinMonths}个月内审批，特殊情况不得超过{rules.ApprovalSpecialMaxMonths}个月；支部大会于{F(vote)}通过，审批期限最迟为{F(special)}，已超过，应重新履行程序");
        }
        else if (entry.On > normal)
        {
            yield return Warn(TimingRule.Approval,
                $"上级党委应当在{rules.ApprovalWithinMonths}个月内审批（期限{F(normal)}），超过期限须说明特殊情况，最长不超过{rules.ApprovalSpecialMaxMonths}个月");
        }
    }

    /// <summary>Extending a probation: once only, by 6–12 months, while probationary.</summary>
    public IReadOnlyList<RuleFinding> CheckExtension(CaseFacts facts, int months)
    {
        var stage = facts.LastStep == 0 ? DevelopmentStage.Applicant : rules.Step(facts.LastStep).Stage;
        if (facts.Closed || stage != DevelopmentStage.Probationary)
        {
            return [Block(TimingRule.Extension, "只有预备党员可以延长预备期")];
        }

        if (facts.ExtensionMonths is not null)
        {
            return [Block(TimingRule.Extension, "预备期只能延长一次")];
        }

        return months < rules.ExtensionMinMonths || months > rules.ExtensionMaxMonths
            ? [Block(TimingRule.Extension, $"延长预备期的时间不能少于{rules.ExtensionMinMonths}个月，最长不超过{rules.ExtensionMaxMonths}个月")]
            : [];
    }

    private RuleFinding Block(TimingRule rule, string text) => new(Severity.Block, rule, $"{Cite(rule)}{text}。");

    private RuleFinding Warn(TimingRule rule, string text) => new(Severity.Warn, rule, $"{Cite(rule)}{text}。");
}
