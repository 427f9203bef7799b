using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reviews;

/// <summary>
/// The annual review (述职评议考核) over the database, through the caller's scoped context: plans with their participants,
/// rules and indicators (this file); ballots and comments (ReviewService.Entry.cs); results and publishing
/// (ReviewService.Results.cs). Writes are transactional and audited by the interceptor; a refused action throws
/// <see cref="ReviewRuleException"/> with Chinese messages and changes nothing.
/// </summary>
public sealed partial class ReviewService(AppDbContext db, TimeProvider clock) : IOperation
{
    private DateOnly Today => clock.Today();

    private DateTime Now => clock.UtcNow();

    /// <summary>
    /// A new draft plan of <paramref name="reviewer"/> (county committee: its township committees take part; township
    /// committee: its branches) for <paramref name="year"/>, with the default rules and indicators (or those given), and
    /// each participant's latest submitted report of the year attached.
    /// </summary>
    public async Task<ReviewPlan> CreatePlanAsync(Organization reviewer, int year, string? user, string? title = null, ReviewRules? rules = null, CancellationToken ct = default)
    {
        rules ??= ReviewRules.Default;
        var errors = rules.Validate().ToList();
        if (reviewer.Level is not (OrgLevel.CountyCommittee or OrgLevel.TownshipCommittee))
        {
            errors.Add("只有县委或乡镇党委可以组织述职评议考核。");
        }

        if (year is < 2000 or > 2100)
        {
            errors.Add("请填写正确的年度。");
        }

        if (await db.ReviewPlans.AnyAsync(p => p.OrganizationId == reviewer.Id && p.Year == year, ct))
        {
            errors.Add($"{year}年度的述职评议考核已经建立。");
        }

        var county = reviewer.Level == OrgLevel.CountyCommittee;
        var below = await db.Organizations.Where(o => o.ParentId == reviewer.Id && o.IsActive && (!county || o.Level == OrgLevel.TownshipCommittee))
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Id).ToListAsync(ct);
        if (below.Count == 0)
        {
            errors.Add("没有可参加述职评议的下级党组织。");
        }

        Refuse(errors);
        var plan = new ReviewPlan
        {
            OrganizationId = reviewer.Id, Organization = reviewer, Year = year, State = ReviewPlanState.Draft, RulesJson = rules.ToJson(),
            Title = string.IsNullOrWhiteSpace(title) ? $"{reviewer.Name}{year}年度{(county ? "乡镇党委书记" : "基层党组织书记")}抓基层党建工作述职评议考核" : title.Trim(),
            CreatedAtUtc = Now, CreatedBy = user,
        };
        var position = 0;
        plan.Indicators.AddRange((rules.Indicators ?? ReviewRules.Default.Indicators ?? []).Select(i => new ReviewIndicator
        {
            Position = position++, IndicatorId = i.IndicatorId, Weight = i.Weight, Direction = i.Direction, Target = i.Target,
        }));
        plan.Participants.AddRange(below.Select(o => new ReviewParticipant { OrganizationId = o.Id, Organization = o, SecretaryName = o.SecretaryName }));
        db.ReviewPlans.Add(plan);
        await using var tx = await BeginAsync(ct);
        await db.SaveChangesAsync(ct);
        await AttachReportsAsync(plan, ct);
        await CommitAsync(tx, ct);
        return plan;
    }

    /// <summary>
    /// A plan with its indicators and the participants the caller may see (404 when null). A participant's own users see
    /// the plan with their row only; the reviewing organization is not included (it lies outside their scope).
    /// </summary>
    public Task<ReviewPlan?> FindAsync(int planId, CancellationToken ct = default) =>
        db.ReviewPlans.Include(p => p.Indicators.OrderBy(i => i.Position))
            .Include(p => p.Participants).ThenInclude(x => x.Organization)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct);

    /// <summary>The plan of a reviewing organization for a year, if any.</summary>
    public async Task<ReviewPlan?> FindForYearAsync(int reviewerId, int year, CancellationToken ct = default)
    {
        var id = await db.ReviewPlans.Where(p => p.OrganizationId == reviewerId && p.Year == year).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        return id is { } planId ? await FindAsync(planId, ct) : null;
    }

    /// <summary>
    /// One participant with its plan, organization, attached report and comments (each with its rectification item) —
    /// null when the caller may not see it.
    /// </summary>
    public Task<ReviewParticipant?> ParticipantAsync(int participantId, CancellationToken ct = default) =>
        db.ReviewParticipants.Include(x => x.Plan!).ThenInclude(p => p.Indicators.OrderBy(i => i.Position))
            .Include(x => x.Organization).Include(x => x.ReportDraft).Include(x => x.Talk)
            .Include(x => x.Comments.OrderBy(c => c.Id)).ThenInclude(c => c.RectificationItem)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == participantId, ct);

    /// <summary>Changes the rules and indicators of a draft plan; <paramref name="version"/> is the plan version the form showed.</summary>
    public async Task SaveRulesAsync(ReviewPlan plan, ReviewRules rules, IReadOnlyList<ReviewIndicatorRule> indicators, int version, CancellationToken ct = default)
    {
        var errors = new List<string>();
        if (plan.State != ReviewPlanState.Draft)
        {
            errors.Add("评议已经开始，不能再修改规则和指标。");
        }

        if (plan.Version != version)
        {
            errors.Add("评议方案已被他人修改，请刷新后重试。");
        }

        errors.AddRange(rules.Validate());
        var catalog = (await IndicatorsAsync(await ReviewerAsync(plan, ct), ct)).Catalog;
        foreach (var i in indicators)
        {
            if (catalog.Find(i.IndicatorId) is null)
            {
                errors.Add($"没有编号为“{i.IndicatorId}”的指标。");
            }

            if (i.Weight <= 0 || i.Target < 0)
            {
                errors.Add($"指标“{catalog.Find(i.IndicatorId)?.Name ?? i.IndicatorId}”的权重应大于0，目标值不能为负数。");
            }
        }

        if (indicators.Select(i => i.IndicatorId).Distinct().Count() != indicators.Count)
        {
            errors.Add("同一指标只能列一次。");
        }

        if (rules.Weights.Objective > 0 && indicators.Count == 0)
        {
            errors.Add("客观指标部分有权重时，至少要选一个指标。");
        }

        Refuse(errors);
        plan.SetRules(rules);
        var existing = await db.ReviewIndicators.Where(i => i.PlanId == plan.Id).ToListAsync(ct);
        db.ReviewIndicators.RemoveRange(existing);
        plan.Indicators.Clear();
        var position = 0;
        plan.Indicators.AddRange(indicators.Select(i => new ReviewIndicator
        {
            PlanId = plan.Id, Position = position++, IndicatorId = i.IndicatorId, Weight = i.Weight, Direction = i.Direction, Target = i.Target,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Starts the review (Draft → Open): ballots and comments may be entered from now on.</summary>
    public async Task OpenAsync(ReviewPlan plan, CancellationToken ct = default)
    {
        if (plan.State != ReviewPlanState.Draft)
        {
            throw new ReviewRuleException("评议已经开始。");
        }

        await ReviewerAsync(plan, ct);
        Refuse(plan.Rules().Validate());
        plan.State = ReviewPlanState.Open;
        await using var tx = await BeginAsync(ct);
        await db.SaveChangesAsync(ct);
        await AttachReportsAsync(plan, ct);
        await CommitAsync(tx, ct);
    }

    /// <summary>
    /// Attaches to each participant its latest submitted report of the plan's year (a report submitted again later
    /// replaces the earlier one); nothing changes once the plan is published. Returns how many participants have a report.
    /// </summary>
    public async Task<int> AttachReportsAsync(ReviewPlan plan, CancellationToken ct = default)
    {
        var participants = await db.ReviewParticipants.Where(x => x.PlanId == plan.Id).ToListAsync(ct);
        if (plan.State == ReviewPlanState.Published)
        {
            return participants.Count(x => x.ReportDraftId is not null);
        }

        var ids = participants.Select(x => x.OrganizationId).ToList();
        var latest = await db.ReportDrafts.Where(d => ids.Contains(d.OrganizationId) && d.Year == plan.Year && d.State == ReportState.Submitted)
            .GroupBy(d => d.OrganizationId).Select(g => new { g.Key, Id = g.Max(d => d.Id) }).ToDictionaryAsync(x => x.Key, x => x.Id, ct);
        foreach (var p in participants)
        {
            p.ReportDraftId = latest.TryGetValue(p.OrganizationId, out var id) ? id : p.ReportDraftId;
        }

        await db.SaveChangesAsync(ct);
        return participants.Count(x => x.ReportDraftId is not null);
    }

    /// <summary>
    /// The indicator service figures are computed with, as seen from <paramref name="organization"/> (the built-in catalog
    /// plus its county's own indicators); pass the participant's organization to list the records behind one of its figures:
    /// <c>RecordsAsync(indicatorId, participant.Organization, plan.Year)</c>.
    /// </summary>
    public async Task<IndicatorService> IndicatorsAsync(Organization organization, CancellationToken ct = default)
    {
        var template = await ReportComposer.TemplateAsync(organization, db, ct);
        return new IndicatorService(db, IndicatorCatalog.Builtin.With(template.Indicators ?? []), Today);
    }

    /// <summary>The reviewing organization; only its own users (and those above) may compute, publish and edit the plan.</summary>
    private async Task<Organization> ReviewerAsync(ReviewPlan plan, CancellationToken ct) =>
        plan.Organization ??= await db.Organizations.FirstOrDefaultAsync(o => o.Id == plan.OrganizationId, ct)
            ?? throw new ReviewRuleException("只有组织评议的党组织可以进行此项操作。");

    private static void Refuse(IReadOnlyList<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new ReviewRuleException(errors);
        }
    }

    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    private static async Task CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx, CancellationToken ct)
    {
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
    }
}
