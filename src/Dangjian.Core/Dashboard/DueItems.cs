using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Views;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Dashboard;

/// <summary>
/// The home page's due lines, from the rules the feature pages apply (compliance engine, rectification states, the
/// development timeline): a few aggregate queries over everything the caller's scope shows, no loop per organization.
/// </summary>
public sealed class DueItems(AppDbContext db, DueList development)
{
    /// <summary>Days ahead a development step's or a commitment's date counts as due (as on the development list).</summary>
    public const int SoonDays = 30;

    /// <summary>A branch secretary's (or a liaison leader's, over the organizations they contact) work.</summary>
    public async Task<IReadOnlyList<DueLine>> BranchAsync(DateOnly today, CancellationToken ct = default)
    {
        var lines = new List<DueLine>();
        lines.AddRange(await MeetingsAsync(today, ct));
        lines.AddRange(await ToAnswerAsync(today, ct));
        lines.AddRange((await development.LoadAsync(null, ct)).Where(d => d.Next.IsDueWithin(today, SoonDays)).Select(d => new DueLine(
            DueKind.DevelopmentStep, d.OrganizationName,
            $"{d.Case.Name}：第{d.Next.Step.Number}步“{d.Next.Step.Name}”{(d.Next.IsOverdue(today) ? "已逾期" : "期限")}", d.Next.Deadline, $"/Development/Details/{d.Case.Id}")));
        lines.AddRange(await CommitmentsAsync(today, ct));
        return lines;
    }

    /// <summary>A township secretary's or clerk's work: sign-offs, overdue items, branches with gaps, the duty report.</summary>
    public async Task<IReadOnlyList<DueLine>> TownshipAsync(Organization township, DateOnly today, CancellationToken ct = default)
    {
        var lines = new List<DueLine>();
        var awaiting = await Items(RectificationState.AwaitingSignOff, today).Where(r => r.RaisedById == township.Id).Select(Row).ToListAsync(ct);
        lines.AddRange(awaiting.Select(r => Line(DueKind.AwaitingSignOff, r, $"{r.SubmittedOn:yyyy-MM-dd}报送整改材料", r.SubmittedOn)));
        var overdue = await Items(RectificationState.Overdue, today).Where(r => r.Organization!.Path.StartsWith(township.Path)).Select(Row).ToListAsync(ct);
        lines.AddRange(overdue.Select(r => Line(DueKind.OverdueRectification, r, $"{r.Deadline:yyyy-MM-dd}到期未整改", r.Deadline)));
        var gaps = await GapsAsync(township.Path, today, ct);
        lines.AddRange(gaps.GroupBy(g => (g.OrganizationId, g.Name)).Select(g => new DueLine(DueKind.BranchGap, g.Key.Name,
            "尚未开展：" + string.Join("、", g.Select(s => OrgLifeLabels.Of(s.Kind))), g.Min(s => s.End), $"/OrgLife/Gaps?org={g.Key.OrganizationId}")));
        if (await ReportAsync(township, today, ct) is { } report)
        {
            lines.Add(report);
        }

        return lines;
    }

    private async Task<IEnumerable<DueLine>> MeetingsAsync(DateOnly today, CancellationToken ct) =>
        (await GapsAsync("/", today, ct)).Select(s => new DueLine(DueKind.Meeting, s.Name,
            $"{OrgLifeLabels.Of(s.Kind)}：本期应开展{s.Required}次，已录入{s.Counted}次", s.End, $"/Meetings/Create?org={s.OrganizationId}&kind={s.Kind}"));

    private sealed record Gap(int OrganizationId, string Name, MeetingKind Kind, int Required, int Counted, DateOnly End);

    /// <summary>Required slots ending this month and not yet satisfied (<see cref="MonthGaps"/>), under a path within the scope.</summary>
    private async Task<List<Gap>> GapsAsync(string path, DateOnly today, CancellationToken ct)
    {
        var gaps = await MonthGaps.LoadAsync(db, path, today, ct);
        var ids = gaps.Select(g => g.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.Path }).ToListAsync(ct);
        return gaps.Join(names, g => g.OrganizationId, n => n.Id, (g, n) => (g, n)).OrderBy(x => x.n.Path, StringComparer.Ordinal)
            .SelectMany(x => x.g.Open.Select(s => new Gap(x.n.Id, x.n.Name, s.Kind, s.Required, s.Counted, s.End))).ToList();
    }

    private async Task<IEnumerable<DueLine>> ToAnswerAsync(DateOnly today, CancellationToken ct)
    {
        var open = await Items(RectificationState.InProgress, today).Select(Row).ToListAsync(ct);
        var overdue = await Items(RectificationState.Overdue, today).Select(Row).ToListAsync(ct);
        return overdue.Select(r => Line(DueKind.RectificationToAnswer, r, $"已逾期（期限{r.Deadline:yyyy-MM-dd}）", r.Deadline))
            .Concat(open.Select(r => Line(DueKind.RectificationToAnswer, r, $"{r.Deadline:yyyy-MM-dd}前报送整改材料", r.Deadline)));
    }

    private IQueryable<RectificationItem> Items(RectificationState state, DateOnly today) =>
        db.RectificationItems.AsNoTracking().Where(RectificationStates.Is(state, today)).OrderBy(r => r.Deadline).ThenBy(r => r.Id);

    private sealed record ItemRow(int Id, string Org, string Problem, DateOnly Deadline, DateOnly? SubmittedOn);

    private static readonly System.Linq.Expressions.Expression<Func<RectificationItem, ItemRow>> Row =
        r => new ItemRow(r.Id, r.Organization!.Name, r.Problem, r.Deadline, r.SubmittedOn);

    private static DueLine Line(DueKind kind, ItemRow r, string when, DateOnly? on) =>
        new(kind, r.Org, $"{r.Problem}（{when}）", on, $"/Loop/Rectification/Details/{r.Id}");

    private async Task<IEnumerable<DueLine>> CommitmentsAsync(DateOnly today, CancellationToken ct)
    {
        var until = today.AddDays(SoonDays);
        var rows = await db.Commitments.AsNoTracking().Where(c => c.FulfilledOn == null && c.DueOn <= until).OrderBy(c => c.DueOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Year, c.Content, c.SecretaryName, c.DueOn, Org = c.Organization!.Name }).ToListAsync(ct);
        return rows.Select(c => new DueLine(DueKind.Commitment, c.Org,
            $"{(c.SecretaryName is null ? "" : $"书记{c.SecretaryName}承诺：")}{c.Content}（{(c.DueOn < today ? "已逾期，" : "")}时限{c.DueOn:yyyy-MM-dd}）", c.DueOn,
            $"/Loop/Commitments?year={c.Year}&commitment={c.Id}#commitment-{c.Id}"));
    }

    private async Task<DueLine?> ReportAsync(Organization township, DateOnly today, CancellationToken ct)
    {
        if (ReportSeason.YearDue(today) is not { } year)
        {
            return null;
        }

        var latest = await db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == township.Id && d.Year == year)
            .OrderByDescending(d => d.Id).Select(d => new { d.Number, d.State }).FirstOrDefaultAsync(ct);
        return latest switch
        {
            null => new DueLine(DueKind.Report, township.Name, $"{year}年度述职报告尚未起草", null, $"/Reports/Compose?org={township.Id}&year={year}"),
            { State: ReportState.Draft } => new DueLine(DueKind.Report, township.Name, $"{year}年度述职报告第{latest.Number}稿尚未提交", null,
                $"/Reports/Draft?org={township.Id}&year={year}"),
            _ => null,
        };
    }
}
