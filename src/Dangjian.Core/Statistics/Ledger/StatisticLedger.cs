using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Statistics.Ledger.StatisticSheetField;

namespace Dangjian.Core.Statistics.Ledger;

/// <summary>What a row of the statistics ledger is parsed against: the county's statistics by name and code, and the stored values.</summary>
public sealed record StatisticLookups(IReadOnlyDictionary<string, YearlyStatistic> Statistics, IReadOnlyDictionary<(int Org, int Statistic, int Year), decimal> Stored);

/// <summary>
/// The county's yearly statistics as a ledger (统计台账): one value per organization, statistic and year, checked as the entry
/// grid checks it (<see cref="StatisticEntry.Problem"/>). A value stored with another number is refused rather than overwritten.
/// Scoped: the statistics' names loaded for a run describe its preview rows.
/// </summary>
public sealed class StatisticLedger : Ledger<StatisticSheetField, StatisticValue, StatisticLookups>
{
    private readonly Dictionary<int, YearlyStatistic> loaded = [];
    private readonly HashSet<string> ambiguous = new(StringComparer.Ordinal);

    public override string Code => "statistics";
    public override string Title => "年度统计台账";
    public override string Description => "县里设置的年度统计项（人均可支配收入、土地流转面积等）每个党组织每年的数值";
    public override IReadOnlyList<SheetColumn<StatisticSheetField>> Columns => StatisticSheet.Columns;
    public override IReadOnlyList<string> Notes => StatisticSheet.Notes;

    protected override async Task<StatisticLookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct)
    {
        var statistics = await db.YearlyStatistics.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var byText = new Dictionary<string, YearlyStatistic>(StringComparer.Ordinal);
        ambiguous.Clear();
        foreach (var s in statistics)
        {
            loaded[s.Id] = s;
            byText[s.Code] = s;
        }

        // A name stands for a statistic only when one statistic in force (or, failing that, one retired) bears it.
        foreach (var named in statistics.GroupBy(s => s.Name))
        {
            var inForce = named.Where(s => !s.IsRetired).ToList();
            var candidates = inForce.Count > 0 ? inForce : named.ToList();
            if (candidates.Count == 1)
            {
                byText.TryAdd(named.Key, candidates[0]);
            }
            else
            {
                ambiguous.Add(named.Key);
            }
        }

        var stored = await db.StatisticValues.AsNoTracking().Where(v => v.Organization!.Path.StartsWith(scope.Root.Path))
            .Select(v => new { v.OrganizationId, v.StatisticId, v.Year, v.Value }).ToListAsync(ct);
        return new(byText, stored.ToDictionary(v => (v.OrganizationId, v.StatisticId, v.Year), v => v.Value));
    }

    protected override StatisticValue? Parse(LedgerCells<F> cells, StatisticLookups lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var year = cells.Year(F.Year, scope.Today.Year);
        var statisticText = cells.Text(F.Statistic);
        YearlyStatistic? statistic = null;
        if (statisticText is null)
        {
            cells.Problem(F.Statistic, "统计项不能为空。");
        }
        else if (!lookups.Statistics.TryGetValue(statisticText, out statistic) && ambiguous.Contains(statisticText))
        {
            cells.Problem(F.Statistic, $"本县有几个统计项都叫“{statisticText}”，请改填统计项编码（见“年度统计项”页面）。");
        }
        else if (statistic is null)
        {
            cells.Problem(F.Statistic, $"“{statisticText}”不是本县设置的年度统计项（名称或编码）。");
        }
        else if (statistic.IsRetired)
        {
            cells.Problem(F.Statistic, $"“{statistic.Name}”已停用，不再填报。");
        }
        else if (org is not null && !statistic.AppliesTo(org))
        {
            cells.Problem(F.Organization, $"{org.Name}不填报“{statistic.Name}”。");
        }

        var text = cells.Text(F.Value);
        if (text is null)
        {
            cells.Problem(F.Value, "数值不能为空。");
        }
        else if (statistic is not null && StatisticEntry.Problem(text, statistic) is { } problem)
        {
            cells.Problem(F.Value, problem);
        }

        if (org is null || year is null || statistic is null || text is null || cells.HasProblems)
        {
            return null;
        }

        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (lookups.Stored.TryGetValue((org.Id, statistic.Id, year.Value), out var existing) && existing != value)
        {
            cells.Problem(F.Value, $"系统中已登记{org.Name}{year}年的“{statistic.Name}”为{FigureFormat.Number(existing, statistic.Decimals)}{statistic.Unit}，与本行不同。请核对，需要改正的请在“年度统计”页面修改。");
            return null;
        }

        return new StatisticValue { OrganizationId = org.Id, StatisticId = statistic.Id, Year = year.Value, Value = value };
    }

    protected override string Key(StatisticValue v) => string.Create(CultureInfo.InvariantCulture, $"{v.OrganizationId}|{v.StatisticId}|{v.Year}");

    protected override int OrganizationOf(StatisticValue v) => v.OrganizationId;
    protected override DateOnly DateOf(StatisticValue v) => new(v.Year, 12, 31);
    protected override int IdOf(StatisticValue v) => v.Id;

    protected override IQueryable<StatisticValue> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.StatisticValues.Where(v => organizationIds.Contains(v.OrganizationId) && v.Year >= from.Year && v.Year <= to.Year);

    protected override IQueryable<StatisticValue> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.StatisticValues.Where(v => ids.Contains(v.Id));

    protected override string Describe(StatisticValue v, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == v.OrganizationId);
        var statistic = loaded[v.StatisticId];
        return $"{v.Year}年 {org.ShortName ?? org.Name} {statistic.Name}{FigureFormat.Number(v.Value, statistic.Decimals)}{statistic.Unit}";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var values = await db.StatisticValues.AsNoTracking()
            .Where(v => v.Organization!.Path.StartsWith(scope.Root.Path) && v.Year == year)
            .Include(v => v.Organization).Include(v => v.Statistic).OrderBy(v => v.Organization!.Path).ThenBy(v => v.Statistic!.SortOrder).ThenBy(v => v.Id)
            .ToListAsync(ct);
        // The exported sheet must import again: a name two statistics share is written as the code.
        var shared = (await db.YearlyStatistics.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return [.. values.Select(v => new string?[]
        {
            LedgerScope.NameOf(v.Organization!), v.Year.ToString(CultureInfo.InvariantCulture), shared.Contains(v.Statistic!.Name) ? v.Statistic.Code : v.Statistic.Name,
            FigureFormat.Number(v.Value, v.Statistic.Decimals),
        })];
    }
}
