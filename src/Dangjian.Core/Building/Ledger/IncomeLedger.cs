using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Building.Ledger.IncomeSheetField;

namespace Dangjian.Core.Building.Ledger;

/// <summary>
/// The village collective-income ledger: one row per village and year in 万元, the figure the income buckets count. A
/// village has one income a year, so a row whose village and year are stored with another amount is refused rather
/// than silently skipped.
/// </summary>
public sealed class IncomeLedger : Ledger<IncomeSheetField, CollectiveIncome, IReadOnlyDictionary<(int Village, int Year), double>>
{
    public override string Code => "collective-income";
    public override string Title => "村集体经济收入台账";
    public override string Description => "各村每年的村集体经济收入（万元），用于按收入档次统计村数";
    public override IReadOnlyList<SheetColumn<IncomeSheetField>> Columns => IncomeSheet.Columns;
    public override IReadOnlyList<string> Notes => IncomeSheet.Notes;

    protected override async Task<IReadOnlyDictionary<(int Village, int Year), double>> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct)
    {
        var stored = await db.CollectiveIncomes.AsNoTracking().Where(i => i.Organization!.Path.StartsWith(scope.Root.Path))
            .Select(i => new { i.OrganizationId, i.Year, i.AmountWan }).ToListAsync(ct);
        return stored.ToDictionary(i => (i.OrganizationId, i.Year), i => i.AmountWan);
    }

    protected override CollectiveIncome? Parse(LedgerCells<IncomeSheetField> cells, IReadOnlyDictionary<(int Village, int Year), double> stored, LedgerScope scope)
    {
        var village = cells.Organization(F.Village, scope);
        if (village is { Sector: not OrgSector.Village })
        {
            cells.Problem(F.Village, $"{village.Name}不是村党组织，村集体经济收入只登记到村。");
        }

        var year = cells.Year(F.Year, scope.Today.Year);

        var amount = cells.Number(F.AmountWan, required: true, decimals: true) is null
            ? (double?)null
            : double.Parse(cells.Text(F.AmountWan)!, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (village is null || year is null || amount is null || cells.HasProblems)
        {
            return null;
        }

        if (stored.TryGetValue((village.Id, year.Value), out var existing) && existing != amount)
        {
            cells.Problem(F.AmountWan, $"系统中已登记{village.Name}{year}年的收入为{FigureFormat.Trimmed(existing, 4)}万元，与本行不同。请核对，需要改正的请在“村集体经济收入”页面修改。");
            return null;
        }

        return new CollectiveIncome { OrganizationId = village.Id, Year = year.Value, AmountWan = amount.Value };
    }

    protected override string Key(CollectiveIncome i) => string.Create(CultureInfo.InvariantCulture, $"{i.OrganizationId}|{i.Year}");

    protected override int OrganizationOf(CollectiveIncome i) => i.OrganizationId;
    protected override DateOnly DateOf(CollectiveIncome i) => new(i.Year, 12, 31);
    protected override int IdOf(CollectiveIncome i) => i.Id;

    protected override IQueryable<CollectiveIncome> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.CollectiveIncomes.Where(i => organizationIds.Contains(i.OrganizationId) && i.Year >= from.Year && i.Year <= to.Year);

    protected override IQueryable<CollectiveIncome> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.CollectiveIncomes.Where(i => ids.Contains(i.Id));

    protected override string Describe(CollectiveIncome i, LedgerScope scope)
    {
        var village = scope.Organizations.First(o => o.Id == i.OrganizationId);
        return $"{i.Year}年 {village.ShortName ?? village.Name} 村集体经济收入{FigureFormat.Trimmed(i.AmountWan, 4)}万元";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var incomes = await db.CollectiveIncomes.AsNoTracking()
            .Where(i => i.Organization!.Path.StartsWith(scope.Root.Path) && i.Year == year)
            .Include(i => i.Organization).OrderBy(i => i.Organization!.Path).ThenBy(i => i.Id)
            .ToListAsync(ct);
        return [.. incomes.Select(i => new string?[]
        {
            LedgerScope.NameOf(i.Organization!), i.Year.ToString(CultureInfo.InvariantCulture), i.AmountWan.ToString(CultureInfo.InvariantCulture),
        })];
    }
}
