using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Loop.Inspections;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Talks.Ledger.TalkSheetField;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.Accountability.Ledger;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.HonorRoll.Ledger;

namespace Dangjian.Core.Loop.Talks.Ledger;

/// <summary>The 约谈台账: one talk per row, by the rules of the talk form; the people count is derived from the names.</summary>
public sealed class TalkLedger : DatedFingerprintedLedger<TalkSheetField, Talk, TalkLedger.Row, TalkLedger.None>
{
    public sealed class Row(Talk talk) : Fingerprinted<Talk>(talk)
    {
        protected override IEnumerable<string?> Fields(Talk t) =>
            [Invariant(t.OrganizationId), Day(t.HeldOn), t.Talker, t.Targets, t.TargetKind.ToString(), Invariant(t.People), t.Reason, t.FollowUp];
    }

    public sealed record None;

    private static readonly Dictionary<string, TalkTarget> Kinds = BuildKinds();

    public override string Code => "talks";
    public override string Title => "约谈台账";
    public override string Description => "约谈党组织书记、村“两委”干部和党员，约谈人次和跟踪落实情况";
    public override IReadOnlyList<SheetColumn<TalkSheetField>> Columns => TalkSheet.Columns;
    public override IReadOnlyList<string> Notes => TalkSheet.Notes;

    protected override Task<None> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) => Task.FromResult(new None());

    protected override Row? Parse(LedgerCells<TalkSheetField> cells, None lookups, LedgerScope scope)
    {
        var org = cells.Text(F.Organization) is null ? scope.Root : cells.Organization(F.Organization, scope);
        var heldOn = cells.Date(F.HeldOn, scope.Today);
        var talker = cells.Required(F.Talker, 100);
        var targets = cells.Required(F.Targets, 1000);
        var kind = cells.Choice(F.TargetKind, Kinds);
        var reason = cells.Required(F.Reason, 1000);
        var followUp = cells.Optional(F.FollowUp, 1000);
        var names = RandomDraw.SplitNames(targets);
        if (targets is not null && names.Count == 0)
        {
            cells.Problem(F.Targets, "请填写约谈对象的姓名。");
        }

        if (org is null || heldOn is null || talker is null || targets is null || kind is null || reason is null || cells.HasProblems)
        {
            return null;
        }

        var joined = RandomDraw.JoinNames(names);
        return new Row(new Talk
        {
            OrganizationId = org.Id, HeldOn = heldOn.Value, Talker = talker.Trim(), Targets = joined, TargetKind = kind.Value,
            People = Talk.CountPeople(joined), Reason = reason.Trim(), FollowUp = followUp?.Trim(),
        });
    }

    protected override string Key(Row r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Entity.OrganizationId}|{r.Entity.HeldOn:yyyyMMdd}|{RandomDraw.JoinNames(RandomDraw.SplitNames(r.Entity.Targets))}");

    protected override Expression<Func<Talk, DateOnly>> DateColumn => t => t.HeldOn;

    protected override Expression<Func<Talk, Row>> Wrap => t => new Row(t);

    protected override string Describe(Row r, LedgerScope scope)
    {
        var t = r.Entity;
        var org = scope.Organizations.First(o => o.Id == t.OrganizationId);
        return $"{t.HeldOn:yyyy-MM-dd} {org.ShortName ?? org.Name} {t.Talker}约谈{AccountabilityLabels.Of(t.TargetKind)}{t.Targets}（{t.People}人次）：{t.Reason}";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var talks = await db.Talks.AsNoTracking().Where(t => t.Organization!.Path.StartsWith(scope.Root.Path) && t.HeldOn >= from && t.HeldOn <= to)
            .Include(t => t.Organization).OrderBy(t => t.Organization!.Path).ThenBy(t => t.HeldOn).ThenBy(t => t.Id).ToListAsync(ct);
        return [.. talks.Select(t => new string?[]
        {
            LedgerScope.NameOf(t.Organization!), Day(t.HeldOn), t.Talker, t.Targets, AccountabilityLabels.Of(t.TargetKind), t.Reason, t.FollowUp,
        })];
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, TalkTarget> BuildKinds()
    {
        var kinds = Enum.GetValues<TalkTarget>().ToDictionary(AccountabilityLabels.Of);
        foreach (var (alias, kind) in new[]
        {
            ("书记", TalkTarget.BranchSecretary), ("村党组织书记", TalkTarget.BranchSecretary), ("支部书记", TalkTarget.BranchSecretary),
            ("村两委干部", TalkTarget.Cadre), ("\"两委\"干部", TalkTarget.Cadre), ("干部", TalkTarget.Cadre), ("村干部", TalkTarget.Cadre),
        })
        {
            kinds.TryAdd(alias, kind);
        }

        return kinds;
    }
}
