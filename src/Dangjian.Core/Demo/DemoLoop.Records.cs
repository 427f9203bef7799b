using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Data;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;

namespace Dangjian.Core.Demo;

/// <summary>The loop's countable records: talks, accountability, red/black list, commitments, deeds and volunteering.</summary>
internal sealed partial class DemoLoop
{
    private void WriteTalksAndLists()
    {
        var secretaries = branches.Select(b => b.SecretaryName ?? b.Name).ToList();
        var secretary = township.SecretaryName ?? "镇党委书记";
        var start = new DateOnly(today.Year, 1, 1);
        var collective = new DateOnly(today.Year, 3, 10);
        if (collective <= today)
        {
            db.Talks.Add(new Talk
            {
                OrganizationId = township.Id, HeldOn = collective, Talker = secretary, Targets = RandomDraw.JoinNames(secretaries),
                TargetKind = TalkTarget.BranchSecretary, Reason = "集体约谈：落实基层党建工作责任制", FollowUp = "各支部签订年度党建目标责任书",
            });
        }

        foreach (var weak in branches.Where(Weak))
        {
            var on = start.AddDays(random.Next(60, 300));
            if (on <= today)
            {
                db.Talks.Add(new Talk
                {
                    OrganizationId = township.Id, HeldOn = on, Talker = secretary, Targets = weak.SecretaryName ?? weak.Name, TargetKind = TalkTarget.BranchSecretary,
                    Reason = "督查发现问题整改超期", FollowUp = "限期一个月完成整改，镇党建办跟踪督办",
                });
            }
        }

        for (var i = 0; i < 4; i++)
        {
            var on = start.AddDays(random.Next(0, 320));
            if (on <= today)
            {
                db.Talks.Add(new Talk
                {
                    OrganizationId = township.Id, HeldOn = on, Talker = "镇纪委书记", Targets = RandomDraw.JoinNames(Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Demo.ChineseNames(random).Person(random.Next(2) == 0))),
                    TargetKind = TalkTarget.Cadre, Reason = "提醒谈话：工作作风不实", FollowUp = "已作出书面说明",
                });
            }
        }

        var caseOn = new DateOnly(today.Year, 5, 18);
        if (caseOn <= today && branches.Any(Weak))
        {
            var weak = branches.First(Weak);
            db.AccountabilityCases.Add(new AccountabilityCase
            {
                OrganizationId = township.Id, DecidedOn = caseOn, PersonName = weak.SecretaryName ?? "某支部书记", Measure = "通报批评", Reason = "督查发现问题整改不力、超期未整改",
            });
        }

        for (var quarter = 1; quarter <= 4; quarter++)
        {
            if (new DateOnly(today.Year, quarter * 3, 1).AddMonths(1) > today)
            {
                break;
            }

            var period = $"{today.Year}年第{"一二三四"[quarter - 1]}季度";
            foreach (var red in branches.Where(b => !Weak(b)).OrderBy(_ => random.Next()).Take(2))
            {
                db.HonorRollEntries.Add(new HonorRollEntry { OrganizationId = red.Id, Roll = HonorRollColour.Red, Year = today.Year, Period = period, Reason = "重点任务按期完成，督查无问题" });
            }

            var weak = branches.Where(Weak).ToList();
            if (weak.Count == 0)
            {
                continue;
            }

            var black = weak[quarter % weak.Count];
            db.HonorRollEntries.Add(new HonorRollEntry { OrganizationId = black.Id, Roll = HonorRollColour.Black, Year = today.Year, Period = period, Reason = "整改事项超期未销号" });
        }
    }

    private void WriteCommitments()
    {
        foreach (var branch in branches)
        {
            for (var i = 0; i < 3; i++)
            {
                var due = new DateOnly(today.Year, 3 + random.Next(10), 1).AddMonths(1).AddDays(-1);
                var done = random.Next(100) < (Weak(branch) ? 55 : 92);
                var fulfilled = due.AddDays(-random.Next(0, 40));
                db.Commitments.Add(new Commitment
                {
                    OrganizationId = branch.Id, Year = today.Year, SecretaryName = i == 2 ? branch.SecretaryName : null,
                    Content = DemoLoopTexts.Commitments[random.Next(DemoLoopTexts.Commitments.Length)], DueOn = due,
                    FulfilledOn = done && fulfilled <= today ? fulfilled : null, Progress = done ? "已完成" : "正在推进",
                });
            }
        }
    }

    private void WriteService()
    {
        var start = new DateOnly(today.Year, 1, 1);
        var days = Math.Max(1, today.DayNumber - start.DayNumber);
        foreach (var branch in branches)
        {
            for (var i = 0; i < 2; i++)
            {
                db.ServiceRecords.Add(new ServiceRecord
                {
                    OrganizationId = branch.Id, Kind = ServiceKind.Deed, HeldOn = start.AddDays(random.Next(days)),
                    Title = DemoLoopTexts.Deeds[random.Next(DemoLoopTexts.Deeds.Length)], People = random.Next(3, 40),
                });
            }

            for (var i = 0; i < 3; i++)
            {
                db.ServiceRecords.Add(new ServiceRecord
                {
                    OrganizationId = branch.Id, Kind = ServiceKind.Volunteer, HeldOn = start.AddDays(random.Next(days)),
                    Title = DemoLoopTexts.VolunteerActivities[random.Next(DemoLoopTexts.VolunteerActivities.Length)],
                    Team = DemoLoopTexts.Teams[random.Next(DemoLoopTexts.Teams.Length)], People = random.Next(6, 30),
                });
            }
        }
    }
}
