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

/// <summary>
/// A year of the detailed township's responsibility loop up to <paramref name="today"/>: the key-task list and its
/// progress, three inspection rounds with findings and rectification items in every state (some overdue), monthly
/// bulletins, talks, commitments, deeds and volunteer activities. Branches 3 and 7 are the weak ones.
/// </summary>
internal sealed partial class DemoLoop(AppDbContext db, Random random, DateOnly today)
{
    private Organization township = null!;
    private List<Organization> branches = [];
    private string Clerk => $"{township.Name[..^2]}党建办";

    public async Task WriteAsync(OrgPlan county, CancellationToken ct)
    {
        var plan = county.Children.FirstOrDefault(t => t.IsDetailed) ?? county.Children[0];
        township = plan.Organization;
        branches = plan.Children.Select(c => c.Organization).ToList();
        if (branches.Count == 0)
        {
            return;
        }

        WriteTasks();
        WriteReviewComments();
        await db.SaveChangesAsync(ct);
        await WriteInspectionsAsync(ct);
        await WriteBulletinsAsync(ct);
        WriteTalksAndLists();
        WriteCommitments();
        WriteService();
        WriteNotices();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A rectification notice the township sent to its two weak branches, apart from the inspections' 问题提示单.</summary>
    private void WriteNotices()
    {
        var weak = branches.Where(Weak).ToList();
        var sentOn = today.AddDays(-40);
        db.RectificationNotices.Add(new RectificationNotice
        {
            OrganizationId = township.Id, Title = "整改通知书", DocumentNumber = $"{township.Name[..^2]}党发〔{sentOn.Year}〕1号", SentOn = sentOn,
            Items = "组织生活未按规定开展，支部委员会会议缺项\n党员活动室制度上墙不全", EnteredBy = Clerk, EnteredAtUtc = At(sentOn),
            Recipients = weak.Select(b => new RectificationNoticeRecipient { OrganizationId = b.Id }).ToList(),
        });
    }

    private bool Weak(Organization branch) => branches.IndexOf(branch) is 3 or 7;

    private DateTime At(DateOnly day, int hour = 9) => day.ToDateTime(new TimeOnly(hour, random.Next(60)), DateTimeKind.Utc);

    private void WriteTasks()
    {
        var list = new KeyTaskList { OrganizationId = township.Id, Year = today.Year, Title = $"{township.Name}{today.Year}年基层党建重点任务清单" };
        for (var month = 1; month <= 12; month++)
        {
            var due = new DateOnly(today.Year, month, 1).AddMonths(1).AddDays(-1);
            var task = new KeyTask { Month = month, Title = DemoLoopTexts.MonthlyTasks[month - 1], DueOn = due };
            foreach (var branch in branches)
            {
                var assignment = new KeyTaskAssignment { OrganizationId = branch.Id };
                if (due < today && random.Next(100) < (Weak(branch) ? 70 : 96))
                {
                    assignment.CompletedOn = due.AddDays(-random.Next(0, 20));
                    assignment.Progress = "已按要求完成。";
                    assignment.Evidence = $"会议记录、活动照片说明（{month}月）";
                }
                else if (month == today.Month)
                {
                    assignment.Progress = random.Next(2) == 0 ? "已安排部署，正在推进。" : null;
                }

                task.Assignments.Add(assignment);
            }

            list.Tasks.Add(task);
        }

        db.KeyTaskLists.Add(list);
    }

    private void WriteReviewComments()
    {
        var raised = new DateOnly(today.Year, 1, 20);
        if (raised > today)
        {
            return;
        }

        for (var i = 0; i < DemoLoopTexts.ReviewComments.Length; i++)
        {
            var branch = branches[(i * 3 + 1) % branches.Count];
            var item = Raise(branch, RectificationSource.ReviewComment, DemoLoopTexts.ReviewComments[i], raised, new DateOnly(today.Year, 6, 30), null);
            Progress(item, signOffChance: Weak(branch) ? 0 : 90);
        }
    }

    private async Task WriteInspectionsAsync(CancellationToken ct)
    {
        var rounds = new[] { (-8, InspectionKind.RandomDraw, "“三会一课”和主题党日落实情况"), (-5, InspectionKind.Unannounced, "党员教育管理和党费收缴情况"), (-2, InspectionKind.Special, "软弱涣散党组织整顿和后备干部培养") };
        var perYear = new Dictionary<int, int>();
        foreach (var (monthsBack, kind, title) in rounds)
        {
            var started = new DateOnly(today.Year, today.Month, 1).AddMonths(monthsBack).AddDays(random.Next(9, 18));
            var round = perYear[started.Year] = perYear.GetValueOrDefault(started.Year) + 1;
            var inspection = new Inspection
            {
                OrganizationId = township.Id, Kind = kind, Year = started.Year, Round = round, Title = title, StartedOn = started, Inspectors = "",
            };
            List<Organization> targets;
            if (kind == InspectionKind.RandomDraw)
            {
                var seed = random.Next(1, int.MaxValue);
                inspection.DrawSeed = seed;
                inspection.InspectorCandidates = RandomDraw.JoinNames(DemoLoopTexts.Inspectors);
                inspection.TargetCandidates = RandomDraw.JoinIds(branches.Select(b => b.Id));
                inspection.Inspectors = RandomDraw.JoinNames(RandomDraw.Pick(seed, DemoLoopTexts.Inspectors, 3));
                var ids = RandomDraw.Pick(seed, branches.Select(b => b.Id).ToList(), Math.Min(5, branches.Count));
                targets = branches.Where(b => ids.Contains(b.Id)).ToList();
            }
            else
            {
                inspection.Inspectors = RandomDraw.JoinNames(DemoLoopTexts.Inspectors.OrderBy(_ => random.Next()).Take(2));
                targets = branches.Where(b => Weak(b) || random.Next(100) < 35).ToList();
            }

            inspection.Targets = targets.Select(t => new InspectionTarget { OrganizationId = t.Id }).ToList();
            foreach (var target in targets.Where(t => Weak(t) || random.Next(100) < 55))
            {
                var finding = new Finding
                {
                    OrganizationId = target.Id, Description = DemoLoopTexts.Findings[random.Next(DemoLoopTexts.Findings.Length)], NoticeSentOn = started.AddDays(2),
                };
                inspection.Findings.Add(finding);
                var item = Raise(target, RectificationSource.Inspection, finding.Description, started.AddDays(2), started.AddDays(32), finding);
                Progress(item, signOffChance: Weak(target) ? 30 : 85);
            }

            db.Inspections.Add(inspection);
        }

        await db.SaveChangesAsync(ct);
    }

    private RectificationItem Raise(Organization owner, RectificationSource source, string problem, DateOnly raised, DateOnly deadline, Finding? finding)
    {
        var item = RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = owner.Id, RaisedById = township.Id, Source = source, Finding = finding, Problem = problem,
            Measures = "对照问题逐项整改，建立长效机制。", RaisedOn = raised, Deadline = deadline,
        }, new RectificationActor(township.Id, Clerk, At(raised)));
        db.RectificationItems.Add(item);
        return item;
    }

    /// <summary>Moves an item along as it would have gone by today: submitted before the deadline, then mostly signed off.</summary>
    private void Progress(RectificationItem item, int signOffChance)
    {
        var submitted = item.RaisedOn.AddDays(random.Next(7, 35));
        if (submitted > today || random.Next(100) >= signOffChance + 10)
        {
            return; // still open; overdue once the deadline has passed
        }

        var owner = branches.Single(b => b.Id == item.OrganizationId);
        RectificationWorkflow.Submit(item, new RectificationActor(owner.Id, $"{owner.SecretaryName}（支部书记）", At(submitted)), null, "整改报告及相关记录已报送镇党建办。");
        var signed = submitted.AddDays(random.Next(2, 10));
        if (signed <= today && random.Next(100) < signOffChance)
        {
            RectificationWorkflow.SignOff(item, new RectificationActor(township.Id, Clerk, At(signed, 15)), null);
        }
    }

    private async Task WriteBulletinsAsync(CancellationToken ct)
    {
        for (var back = 11; back >= 1; back--)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            var facts = await BulletinFacts.LoadAsync(db, township.Id, month.Year, month.Month, today, ct);
            var bulletin = new Bulletin
            {
                OrganizationId = township.Id, Year = month.Year, Month = month.Month, Title = BulletinDraft.Title(facts), Text = BulletinDraft.Compose(facts),
            };
            db.Bulletins.Add(bulletin);
            await BulletinIssuer.IssueAsync(db, bulletin, month.AddMonths(1).AddDays(-1), ct);
        }
    }
}
