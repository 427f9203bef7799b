using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// The county's review of last year, completed and published (all townships; the detailed one with its submitted report,
/// three comments whose rectification items stand fixed / waiting for sign-off / open, the last one flagged with a talk),
/// and an open review of the current year. The demo county flags the last 1 of its 5 townships (the default rule says 3).
/// </summary>
internal sealed class DemoReview(AppDbContext db, Random random, DateOnly today)
{
    private const string Department = "县委组织部";

    public async Task WriteAsync(OrgPlan county, CancellationToken ct)
    {
        var reviewer = county.Organization;
        var detailed = (county.Children.FirstOrDefault(t => t.IsDetailed) ?? county.Children.FirstOrDefault())?.Organization;
        if (detailed is null)
        {
            return;
        }

        var year = today.Year - 1;
        var drafts = new ReportDrafts(db, Clock(new(year, 12, 5)));
        var report = await drafts.ComposeAsync(detailed, year, DemoReviewTexts.Plans, $"{detailed.Name[..^2]}党建办", ct);
        await drafts.SubmitAsync(report, detailed.SecretaryName, ct);
        var rules = ReviewRules.Default with { BottomN = 1 };
        var service = new ReviewService(db, Clock(new(year, 12, 18)));
        var plan = await service.CreatePlanAsync(reviewer, year, Department, rules: rules, ct: ct);
        await service.OpenAsync(plan, ct);
        var others = 0;
        foreach (var p in plan.Participants)
        {
            var isDetailed = p.OrganizationId == detailed.Id;
            await service.EnterBallotsAsync(p, Ballots(isDetailed ? 0.8 : 0.45 + random.NextDouble() * 0.35), isDetailed ? 88 + random.Next(6) : 74 + random.Next(16), p.Version, ct);
            var texts = isDetailed ? DemoReviewTexts.Detailed : [DemoReviewTexts.Others[others++ % DemoReviewTexts.Others.Length]];
            for (var i = 0; i < texts.Length; i++)
            {
                var by = DemoReviewTexts.Reviewers[i % DemoReviewTexts.Reviewers.Length];
                await service.AddCommentAsync(p, texts[i], i == 0 ? $"{by} {reviewer.SecretaryName}" : by, Department, ct: ct);
            }
        }
        await new ReviewService(db, Clock(new(year, 12, 28))).PublishAsync(plan, Department, ct);
        await ProgressAsync(plan, detailed, ct);

        var current = new ReviewService(db, Clock(today));
        await current.OpenAsync(await current.CreatePlanAsync(reviewer, today.Year, Department, rules: rules, ct: ct), ct);
    }

    private BallotCounts Ballots(double good)
    {
        var voters = 35 + random.Next(10);
        var cast = voters - random.Next(2);
        var g = (int)(cast * good);
        var fairlyGood = (int)((cast - g) * 0.6);
        var average = (int)((cast - g - fairlyGood) * 0.7);
        return new(voters, g, fairlyGood, average, cast - g - fairlyGood - average);
    }

    /// <summary>The comments' items as they went by today: the detailed township's first fixed, the second handed in before the deadline, the third left open.</summary>
    private async Task ProgressAsync(ReviewPlan plan, Organization detailed, CancellationToken ct)
    {
        var items = await db.RectificationItems.Where(i => i.RaisedById == plan.OrganizationId && i.Source == RectificationSource.ReviewComment)
            .OrderBy(i => i.Id).ToListAsync(ct);
        var own = items.Where(i => i.OrganizationId == detailed.Id).ToList();
        var span = today.DayNumber - own[0].RaisedOn.DayNumber;
        Submit(own[0], detailed, own[0].RaisedOn.AddDays(span / 3));
        SignOff(own[0], plan.OrganizationId, own[0].RaisedOn.AddDays(span / 2));
        var handedIn = own[1].RaisedOn.AddDays(Math.Min(span * 2 / 3, own[1].Deadline.DayNumber - own[1].RaisedOn.DayNumber - 10));
        Submit(own[1], detailed, handedIn);
        foreach (var item in items.Except(own).Where(_ => random.Next(2) == 0))
        {
            Submit(item, null, item.RaisedOn.AddDays(span / 4));
            SignOff(item, plan.OrganizationId, item.RaisedOn.AddDays(span / 3));
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Submit(RectificationItem item, Organization? owner, DateOnly on) =>
        RectificationWorkflow.Submit(item, new RectificationActor(item.OrganizationId, $"{owner?.SecretaryName ?? "乡镇党委"}（党委书记）", At(on)),
            "召开专题会议研究整改措施，逐项明确责任人和完成时限。", "整改报告、会议记录及相关佐证材料");

    private static void SignOff(RectificationItem item, int county, DateOnly on) =>
        RectificationWorkflow.SignOff(item, new RectificationActor(county, Department, At(on)), "经核查，整改到位，予以销号");

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    private static TimeProvider Clock(DateOnly day) => new DemoClock(At(day));

    private sealed class DemoClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
