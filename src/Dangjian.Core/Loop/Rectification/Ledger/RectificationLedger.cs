using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Rectification.Ledger.RectificationSheetField;
using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification.Ledger;

/// <summary>
/// The 整改事项台账: one row per item, raised, submitted and signed off through <see cref="RectificationWorkflow"/> on the
/// dates the row gives, so the item's history and the year's 已销号/待销号/整改中/逾期 figures read as if it had been
/// entered at the time. Checked by the rules of the item form (owner below the raiser, <see cref="RectificationWorkflow.DeadlineProblem"/>).
/// </summary>
public sealed class RectificationLedger : Ledger<RectificationSheetField, RectificationItem, RectificationLedger.Lookups>
{
    public sealed record FoundProblem(int Id, int OrganizationId, string Description, int InspectorId, DateOnly StartedOn);

    public sealed record Lookups(ILookup<(int OrganizationId, string Description), FoundProblem> Findings);

    private static readonly Dictionary<string, RectificationSource> Sources = BuildSources();
    private static readonly Dictionary<string, RectificationStatus> States = BuildStates();

    public override string Code => "rectification";
    public override string Title => "整改事项台账";
    public override string Description => "督查发现、述职评议点评和自我查找问题的整改事项，整改时限和销号情况";
    public override IReadOnlyList<SheetColumn<RectificationSheetField>> Columns => RectificationSheet.Columns;
    public override IReadOnlyList<string> Notes => RectificationSheet.Notes;

    protected override async Task<Lookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct)
    {
        var findings = await db.Findings.AsNoTracking().Where(f => f.Organization!.Path.StartsWith(scope.Root.Path))
            .Select(f => new FoundProblem(f.Id, f.OrganizationId, f.Description, f.Inspection!.OrganizationId, f.Inspection.StartedOn))
            .ToListAsync(ct);
        return new Lookups(findings.ToLookup(f => (f.OrganizationId, f.Description.Trim())));
    }

    protected override RectificationItem? Parse(LedgerCells<RectificationSheetField> cells, Lookups lookups, LedgerScope scope)
    {
        var owner = cells.Organization(F.Organization, scope);
        var raiser = cells.Text(F.RaisedBy) is null ? scope.Root : cells.Organization(F.RaisedBy, scope);
        var source = cells.Choice(F.Source, Sources);
        var raisedOn = cells.Date(F.RaisedOn, scope.Today);
        var problem = cells.Required(F.Problem, 1000)?.Trim();
        var measures = cells.Optional(F.Measures, 1000);
        var deadline = Deadline(cells);
        var status = cells.Choice(F.Status, States);
        var submittedOn = cells.Date(F.SubmittedOn, scope.Today, required: false);
        var evidence = cells.Optional(F.Evidence, 4000);
        var signedOffOn = cells.Date(F.SignedOffOn, scope.Today, required: false);
        if (owner is not null && raiser is not null && !IsBelow(owner, raiser))
        {
            cells.Problem(F.Organization, $"{owner.Name}不是{raiser.Name}的下级党组织，只能向本级以下的党组织交办整改事项。");
        }

        var finding = source == RectificationSource.Inspection && owner is not null && raiser is not null && problem is not null && raisedOn is not null
            ? FindingOf(lookups, owner, raiser, problem, raisedOn.Value)
            : null;
        if (raisedOn is not null && deadline is not null && RectificationWorkflow.DeadlineProblem(raisedOn.Value, deadline.Value, finding?.StartedOn) is { } late)
        {
            cells.Problem(F.Deadline, late);
        }

        if (status is not null)
        {
            Progress(cells, status.Value, raisedOn, submittedOn, evidence, signedOffOn);
        }

        if (owner is null || raiser is null || source is null || raisedOn is null || problem is null || deadline is null || status is null || cells.HasProblems)
        {
            return null;
        }

        var item = RectificationWorkflow.Raise(new RectificationItem
        {
            OrganizationId = owner.Id, RaisedById = raiser.Id, Source = source.Value, FindingId = finding?.Id, Problem = problem,
            Measures = Clean(measures), RaisedOn = raisedOn.Value, Deadline = deadline.Value,
        }, Actor(raiser, scope, raisedOn.Value));
        var refused = submittedOn is { } sent ? RectificationWorkflow.Submit(item, Actor(owner, scope, sent), measures, evidence!) : null;
        refused ??= (status, submittedOn) switch
        {
            (RectificationStatus.Open, { } back) => RectificationWorkflow.SendBack(item, Actor(raiser, scope, back), null),
            (RectificationStatus.SignedOff, _) => RectificationWorkflow.SignOff(item, Actor(raiser, scope, signedOffOn!.Value), null),
            _ => null,
        };
        if (refused is not null)
        {
            cells.Problem(F.Status, refused);
            return null;
        }

        return item;
    }

    /// <summary>The dates a state needs: submitted (with evidence) before 待销号 and 已销号, signed off only when 已销号.</summary>
    private static void Progress(LedgerCells<RectificationSheetField> cells, RectificationStatus status, DateOnly? raisedOn, DateOnly? submittedOn,
        string? evidence, DateOnly? signedOffOn)
    {
        var label = RectificationLabels.Of(status);
        if (status != RectificationStatus.Open && submittedOn is null && cells.Text(F.SubmittedOn) is null)
        {
            cells.Problem(F.SubmittedOn, $"{label}的事项请填写报送日期。");
        }

        if (submittedOn is not null && raisedOn is not null && submittedOn < raisedOn)
        {
            cells.Problem(F.SubmittedOn, $"报送日期不能早于交办日期（{raisedOn:yyyy-MM-dd}）。");
        }

        if (submittedOn is not null && string.IsNullOrWhiteSpace(evidence))
        {
            cells.Problem(F.Evidence, "请填写整改佐证材料。");
        }
        else if (submittedOn is null && cells.Text(F.SubmittedOn) is null && !string.IsNullOrWhiteSpace(evidence))
        {
            cells.Problem(F.Evidence, "没有报送日期的事项不能填写整改佐证材料。");
        }

        if (status == RectificationStatus.SignedOff && signedOffOn is null && cells.Text(F.SignedOffOn) is null)
        {
            cells.Problem(F.SignedOffOn, "已销号的事项请填写销号日期。");
        }
        else if (status != RectificationStatus.SignedOff && cells.Text(F.SignedOffOn) is not null)
        {
            cells.Problem(F.SignedOffOn, $"{label}的事项不填销号日期；已销号的请把整改状态填为“已销号”。");
        }
        else if (signedOffOn is not null && submittedOn is not null && signedOffOn < submittedOn)
        {
            cells.Problem(F.SignedOffOn, $"销号日期不能早于报送日期（{submittedOn:yyyy-MM-dd}）。");
        }
    }

    /// <summary>The deadline: any valid date (a deadline may lie ahead); the workflow's rule is checked with the raise date.</summary>
    private static DateOnly? Deadline(LedgerCells<RectificationSheetField> cells)
    {
        var text = cells.Text(F.Deadline);
        if (text is null)
        {
            cells.Problem(F.Deadline, "整改时限不能为空。");
            return null;
        }

        var date = SheetDate.Parse(text);
        if (date is null)
        {
            cells.Problem(F.Deadline, $"“{text}”不是有效的日期，请填写如 2026-03-15。");
        }

        return date;
    }

    /// <summary>The one finding of the raiser's inspections at the owner with this description, found by the raise date; null when none or several.</summary>
    private static FoundProblem? FindingOf(Lookups lookups, Organization owner, Organization raiser, string problem, DateOnly raisedOn)
    {
        var found = lookups.Findings[(owner.Id, problem)].Where(f => f.InspectorId == raiser.Id && f.StartedOn <= raisedOn).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Who acts at a step: the organization, the importing account, and midday of the step's Beijing date.</summary>
    private static RectificationActor Actor(Organization organization, LedgerScope scope, DateOnly day) =>
        new(organization.Id, scope.UserName, day.StartUtc().AddHours(12));

    private static bool IsBelow(Organization organization, Organization above) =>
        organization.Id != above.Id && organization.Path.Contains($"/{above.Id.ToString(CultureInfo.InvariantCulture)}/", StringComparison.Ordinal);

    protected override string Key(RectificationItem r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.OrganizationId}|{r.RaisedOn:yyyyMMdd}|{r.Problem.Trim()}");

    protected override int OrganizationOf(RectificationItem r) => r.OrganizationId;
    protected override DateOnly DateOf(RectificationItem r) => r.RaisedOn;
    protected override int IdOf(RectificationItem r) => r.Id;

    protected override IQueryable<RectificationItem> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.RectificationItems.Where(r => organizationIds.Contains(r.OrganizationId) && r.RaisedOn >= from && r.RaisedOn <= to);

    protected override IQueryable<RectificationItem> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.RectificationItems.Where(r => ids.Contains(r.Id));

    protected override string Describe(RectificationItem r, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == r.OrganizationId);
        var state = RectificationStates.Label(RectificationStates.Of(r, scope.Today));
        return $"{r.RaisedOn:yyyy-MM-dd} {org.ShortName ?? org.Name} {RectificationLabels.Of(r.Source)}：{r.Problem}（{r.Deadline:yyyy-MM-dd}前整改，现{state}）";
    }

    protected override async Task<string?> BuiltOnAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var commented = await db.ReviewComments.Where(c => c.RectificationItemId != null && ids.Contains(c.RectificationItemId.Value))
            .Select(c => c.RectificationItemId).Distinct().CountAsync(ct);
        return commented == 0 ? null : $"其中{commented}个整改事项已关联述职评议点评，不能整批撤销。";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var items = await db.RectificationItems.AsNoTracking()
            .Where(r => r.RaisedBy!.Path.StartsWith(scope.Root.Path) && r.Organization!.Path.StartsWith(scope.Root.Path) && r.RaisedOn >= from && r.RaisedOn <= to)
            .Include(r => r.Organization).Include(r => r.RaisedBy)
            .OrderBy(r => r.Organization!.Path).ThenBy(r => r.RaisedOn).ThenBy(r => r.Id)
            .ToListAsync(ct);
        return [.. items.Select(r => new string?[]
        {
            LedgerScope.NameOf(r.Organization!), LedgerScope.NameOf(r.RaisedBy!), RectificationLabels.Of(r.Source), Day(r.RaisedOn), r.Problem, r.Measures,
            Day(r.Deadline), RectificationLabels.Of(r.Status), r.SubmittedOn is { } sent ? Day(sent) : null, r.Evidence,
            r.SignedOffOn is { } off ? Day(off) : null,
        })];
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, RectificationSource> BuildSources()
    {
        var sources = Enum.GetValues<RectificationSource>().ToDictionary(RectificationLabels.Of);
        foreach (var (alias, source) in new[]
        {
            ("督查", RectificationSource.Inspection), ("督查检查", RectificationSource.Inspection), ("述职评议", RectificationSource.ReviewComment),
            ("评议点评", RectificationSource.ReviewComment), ("述职评议点评问题", RectificationSource.ReviewComment), ("自查", RectificationSource.SelfFound),
            ("自查自纠", RectificationSource.SelfFound),
        })
        {
            sources.TryAdd(alias, source);
        }

        return sources;
    }

    private static Dictionary<string, RectificationStatus> BuildStates()
    {
        var states = Enum.GetValues<RectificationStatus>().ToDictionary(RectificationLabels.Of);
        states.TryAdd("已报送", RectificationStatus.Submitted);
        states.TryAdd("已整改待销号", RectificationStatus.Submitted);
        return states;
    }
}
