using System.Globalization;
using System.Text.RegularExpressions;
using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Inspections.Ledger.InspectionSheetField;

namespace Dangjian.Core.Loop.Inspections.Ledger;

/// <summary>
/// The 督查台账: one row per problem found; rows naming the same inspection (organization, type, date, content) are
/// gathered into one inspection with its targets and findings, checked by the rules of the inspection and finding forms.
/// The record of the ledger is the inspection: a row of an inspection already in the system is recognised with it.
/// </summary>
public sealed partial class InspectionLedger : Ledger<InspectionSheetField, Inspection, InspectionLedger.Gathering>
{
    /// <summary>The inspections of one pass over the file, built up row by row (a fresh one for the check and for the write).</summary>
    public sealed class Gathering(LedgerTags tags)
    {
        internal LedgerTags Tags { get; } = tags;
        internal Dictionary<string, (Inspection Inspection, int Row)> Inspections { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, int> Rows { get; } = new(StringComparer.Ordinal);
    }

    private static readonly Dictionary<string, InspectionKind> Kinds = BuildKinds();

    public override string Code => "inspections";
    public override string Title => "督查台账";
    public override string Description => "“两随机”、“四不两直”、专项和日常督查，督查对象和发现的问题、问题提示单";
    public override IReadOnlyList<SheetColumn<InspectionSheetField>> Columns => InspectionSheet.Columns;
    public override IReadOnlyList<string> Notes => InspectionSheet.Notes;

    protected override async Task<Gathering> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) =>
        new(await LedgerTags.LoadAsync(db, RecordFamily.Inspection, ct));

    protected override Inspection? Parse(LedgerCells<InspectionSheetField> cells, Gathering gathering, LedgerScope scope)
    {
        var inspector = cells.Text(F.Inspector) is null ? scope.Root : cells.Organization(F.Inspector, scope);
        var kind = cells.Choice(F.Kind, Kinds);
        var startedOn = cells.Date(F.StartedOn, scope.Today);
        var round = Round(cells);
        var title = cells.Required(F.Title, 200);
        var inspectorNames = cells.Required(F.Inspectors, 1000);
        var target = cells.Organization(F.Target, scope);
        var finding = cells.Optional(F.Finding, 1000);
        var notice = cells.Date(F.NoticeSentOn, scope.Today, required: false);
        var tag = gathering.Tags.Read(cells, F.Tag);
        var names = RandomDraw.SplitNames(inspectorNames);
        if (inspectorNames is not null && names.Count == 0)
        {
            cells.Problem(F.Inspectors, "请填写督查人员");
        }

        if (inspector is not null && target is not null && !IsBelow(target, inspector))
        {
            cells.Problem(F.Target, $"{target.Name}不是{inspector.Name}的下级党组织，只能督查本级以下的党组织。");
        }

        if (notice is not null && finding is null)
        {
            cells.Problem(F.NoticeSentOn, "没有填写发现问题，不能填写问题提示单日期。");
        }
        else if (notice is not null && startedOn is not null && notice < startedOn)
        {
            cells.Problem(F.NoticeSentOn, $"问题提示单日期不能早于督查日期（{startedOn:yyyy-MM-dd}）。");
        }

        if (inspector is null || kind is null || startedOn is null || round is null || title is null || target is null || cells.HasProblems)
        {
            return null;
        }

        var inspection = new Inspection
        {
            OrganizationId = inspector.Id, Kind = kind.Value, Year = startedOn.Value.Year, Round = round.Value, Title = title.Trim(),
            StartedOn = startedOn.Value, Inspectors = RandomDraw.JoinNames(names), TagId = tag,
        };
        var rowKey = $"{Key(inspection)}|{target.Id}|{finding?.Trim()}";
        if (!gathering.Rows.TryAdd(rowKey, cells.Row))
        {
            cells.Problem(F.Finding, $"与第{gathering.Rows[rowKey]}行是同一次督查、同一党组织的同一问题（重复行）。");
            return null;
        }

        if (gathering.Inspections.TryGetValue(Key(inspection), out var first))
        {
            Join(cells, first.Inspection, first.Row, inspection, target, finding, notice);
            return null;
        }

        if (gathering.Inspections.Count == InspectionSheet.MaxInspections)
        {
            cells.Problem(F.Title, $"一个文件最多{InspectionSheet.MaxInspections}次督查，请把其余的督查分到另一个文件导入。");
            return null;
        }

        gathering.Inspections.Add(Key(inspection), (inspection, cells.Row));
        Add(inspection, target, finding, notice);
        return inspection;
    }

    /// <summary>A further row of an inspection met before: same round and inspectors, one more target or finding.</summary>
    private static void Join(LedgerCells<InspectionSheetField> cells, Inspection inspection, int firstRow, Inspection row, Organization target,
        string? finding, DateOnly? notice)
    {
        if (row.Round != inspection.Round)
        {
            cells.Problem(F.Round, $"与第{firstRow}行是同一次督查，但轮次不同（第{firstRow}行为第{inspection.Round}轮）。");
        }

        if (row.Inspectors != inspection.Inspectors)
        {
            cells.Problem(F.Inspectors, $"与第{firstRow}行是同一次督查，但督查人员不同（第{firstRow}行为{inspection.Inspectors}）。");
        }

        if (row.TagId != inspection.TagId)
        {
            cells.Problem(F.Tag, $"与第{firstRow}行是同一次督查，但本县类别不同。");
        }

        if (!cells.HasProblems)
        {
            Add(inspection, target, finding, notice);
        }
    }

    private static void Add(Inspection inspection, Organization target, string? finding, DateOnly? notice)
    {
        if (inspection.Targets.All(t => t.OrganizationId != target.Id))
        {
            inspection.Targets.Add(new InspectionTarget { OrganizationId = target.Id });
        }

        if (finding is not null)
        {
            inspection.Findings.Add(new Finding { OrganizationId = target.Id, Description = finding.Trim(), NoticeSentOn = notice });
        }
    }

    private static bool IsBelow(Organization organization, Organization above) =>
        organization.Id != above.Id && organization.Path.Contains($"/{above.Id.ToString(CultureInfo.InvariantCulture)}/", StringComparison.Ordinal);

    private static int? Round(LedgerCells<InspectionSheetField> cells)
    {
        var text = cells.Text(F.Round);
        if (text is null)
        {
            return 1;
        }

        var match = RoundPattern().Match(text);
        if (match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var round) && round is >= 1 and <= 99)
        {
            return round;
        }

        cells.Problem(F.Round, $"“{text}”不是有效的轮次，应为1到99的整数（如 2 或 第2轮）。");
        return null;
    }

    protected override string Key(Inspection i) =>
        string.Create(CultureInfo.InvariantCulture, $"{i.OrganizationId}|{(int)i.Kind}|{i.StartedOn:yyyyMMdd}|{i.Title.Trim()}");

    protected override int OrganizationOf(Inspection i) => i.OrganizationId;
    protected override DateOnly DateOf(Inspection i) => i.StartedOn;
    protected override int IdOf(Inspection i) => i.Id;

    protected override IQueryable<Inspection> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.Inspections.Where(i => organizationIds.Contains(i.OrganizationId) && i.StartedOn >= from && i.StartedOn <= to);

    protected override IQueryable<Inspection> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.Inspections.Where(i => ids.Contains(i.Id));

    protected override string Describe(Inspection i, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == i.OrganizationId);
        return $"{i.StartedOn:yyyy-MM-dd} {org.ShortName ?? org.Name} 第{i.Round}轮{InspectionLabels.Of(i.Kind)}：{i.Title}（督查{i.Targets.Count}个党组织，发现问题{i.Findings.Count}个）";
    }

    /// <summary>A finding that raised a rectification item ties the inspection down: the item would lose where it came from.</summary>
    protected override async Task<string?> BuiltOnAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var withItems = await db.Findings.Where(f => ids.Contains(f.InspectionId) && db.RectificationItems.Any(r => r.FindingId == f.Id))
            .Select(f => f.InspectionId).Distinct().CountAsync(ct);
        return withItems == 0 ? null : $"其中{withItems}次督查发现的问题已交办整改事项，不能整批撤销。";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.Organization!.Path.StartsWith(scope.Root.Path) && i.StartedOn >= from && i.StartedOn <= to)
            .Include(i => i.Organization).Include(i => i.Tag).ThenInclude(t => t!.Parent).Include(i => i.Targets).ThenInclude(t => t.Organization).Include(i => i.Findings).ThenInclude(f => f.Organization)
            .AsSplitQuery().OrderBy(i => i.Organization!.Path).ThenBy(i => i.StartedOn).ThenBy(i => i.Id)
            .ToListAsync(ct);
        return [.. inspections.SelectMany(Rows)];
    }

    /// <summary>Each target in turn with its findings, or one row without a finding when none was found there.</summary>
    private static IEnumerable<string?[]> Rows(Inspection i)
    {
        var targets = i.Targets.OrderBy(t => t.Id).Select(t => t.Organization!).ToList();
        targets.AddRange(i.Findings.Select(f => f.Organization!).Where(o => targets.All(t => t.Id != o.Id)).DistinctBy(o => o.Id));
        foreach (var target in targets)
        {
            var findings = i.Findings.Where(f => f.OrganizationId == target.Id).OrderBy(f => f.Id).ToList();
            foreach (var finding in findings.Count == 0 ? [null] : findings.Cast<Finding?>())
            {
                yield return
                [
                    LedgerScope.NameOf(i.Organization!), InspectionLabels.Of(i.Kind), Day(i.StartedOn), i.Round.ToString(CultureInfo.InvariantCulture),
                    i.Title, i.Inspectors, LedgerScope.NameOf(target), finding?.Description, finding?.NoticeSentOn is { } sent ? Day(sent) : null,
                    i.Tag?.FullName,
                ];
            }
        }
    }

    private static Dictionary<string, InspectionKind> BuildKinds()
    {
        var kinds = Enum.GetValues<InspectionKind>().ToDictionary(InspectionLabels.Of);
        foreach (var (alias, kind) in new[]
        {
            ("两随机督查", InspectionKind.RandomDraw), ("两随机", InspectionKind.RandomDraw), ("\"两随机\"督查", InspectionKind.RandomDraw),
            ("四不两直督查", InspectionKind.Unannounced), ("四不两直", InspectionKind.Unannounced), ("\"四不两直\"督查", InspectionKind.Unannounced),
            ("专项", InspectionKind.Special), ("日常", InspectionKind.Routine), ("常规督查", InspectionKind.Routine),
        })
        {
            kinds.TryAdd(alias, kind);
        }

        return kinds;
    }

    [GeneratedRegex(@"^\s*第?\s*(?<n>\d{1,2})\s*轮?\s*$")]
    private static partial Regex RoundPattern();
}
