using Dangjian.Core.Operations;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Statistics;

/// <summary>
/// Stores a year's values of the county's statistics for organizations in the caller's scope (the entry grid): each cell is
/// checked (number, decimals, the organization reports that statistic, nobody changed it meanwhile) and, only when every cell
/// is fine, all are saved at once. An emptied cell removes the stored value: no value is "no data", never 0.
/// </summary>
public sealed class StatisticEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    /// <param name="Version">the stored value's version the form started from (null: the form showed no value).</param>
    public sealed record Cell(int OrganizationId, int StatisticId, string? Text, int? Version = null);

    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>
    /// Errors keyed "Year" or "Cells[i]" (the cell's index in the posted list). A grid saves no one record: the saved "id"
    /// is the number of values added, changed or removed (0 when nothing changed).
    /// </summary>
    public async Task<EntryResult> SaveAsync(int year, IReadOnlyList<Cell> cells, CancellationToken ct = default)
    {
        if (FactDates.YearProblem("年度", year, clock.Today()) is { } yearProblem)
        {
            return EntryResult.Refused("Year", yearProblem);
        }

        var errors = new Dictionary<string, string>();
        var orgIds = cells.Select(c => c.OrganizationId).Distinct().ToList();
        var statIds = cells.Select(c => c.StatisticId).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id) && o.IsActive).ToDictionaryAsync(o => o.Id, ct);
        var statistics = await db.YearlyStatistics.AsNoTracking().Where(s => statIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var stored = await db.StatisticValues.Where(v => v.Year == year && orgIds.Contains(v.OrganizationId) && statIds.Contains(v.StatisticId))
            .ToDictionaryAsync(v => (v.OrganizationId, v.StatisticId), ct);

        var seen = new HashSet<(int, int)>();
        var changes = new List<(StatisticValue? Row, int Org, int Stat, decimal? Value)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var key = $"Cells[{i}]";
            if (!organizations.TryGetValue(cell.OrganizationId, out var org) || !statistics.TryGetValue(cell.StatisticId, out var statistic))
            {
                errors[key] = "找不到该党组织或统计项，或无权为其填报。";
                continue;
            }

            if (!seen.Add((org.Id, statistic.Id)))
            {
                errors[key] = $"{org.Name}的“{statistic.Name}”重复填写。";
                continue;
            }

            var row = stored.GetValueOrDefault((org.Id, statistic.Id));
            if (row?.Version != cell.Version)
            {
                errors[key] = $"{org.Name}的“{statistic.Name}”刚被其他人{(row is null ? "删除" : "修改")}过，请刷新后再填。";
                continue;
            }

            var text = cell.Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (row is not null)
                {
                    changes.Add((row, org.Id, statistic.Id, null));
                }

                continue;
            }

            if (statistic.IsRetired || !statistic.AppliesTo(org))
            {
                errors[key] = statistic.IsRetired ? $"“{statistic.Name}”已停用，不再填报。" : $"{org.Name}不填报“{statistic.Name}”。";
                continue;
            }

            if (Problem(text, statistic) is { } problem)
            {
                errors[key] = problem;
                continue;
            }

            var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

            if (row is null || row.Value != value)
            {
                changes.Add((row, org.Id, statistic.Id, value));
            }
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        foreach (var (row, org, stat, value) in changes)
        {
            if (value is not { } v)
            {
                db.StatisticValues.Remove(row!);
            }
            else if (row is null)
            {
                db.StatisticValues.Add(new StatisticValue { OrganizationId = org, StatisticId = stat, Year = year, Value = v });
            }
            else
            {
                row.Value = v;
            }
        }

        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(changes.Count);
    }

    /// <summary>Why <paramref name="text"/> is not a value of <paramref name="statistic"/>, or null (the import checks with it too).</summary>
    public static string? Problem(string text, YearlyStatistic statistic)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return $"“{text}”不是数字，请填写如 12.5（单位：{statistic.Unit}）。";
        }

        if (Math.Abs(value) >= MaxMagnitude)
        {
            return $"“{text}”过大，请核对单位（{statistic.Unit}）。";
        }

        return Math.Round(value, statistic.Decimals) != value
            ? (statistic.Decimals == 0 ? $"“{statistic.Name}”填整数（单位：{statistic.Unit}）。" : $"“{statistic.Name}”最多{statistic.Decimals}位小数。")
            : null;
    }
}
