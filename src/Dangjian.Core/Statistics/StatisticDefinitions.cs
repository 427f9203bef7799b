using System.Globalization;
using System.Text.RegularExpressions;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Statistics;

/// <summary>A county's statistic as entered on its form (strings as typed; <see cref="Id"/> 0 for a new one).</summary>
public sealed record StatisticDraft
{
    public int Id { get; init; }
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Unit { get; init; }
    public string? Decimals { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Levels { get; init; } = [];
    public string? Definition { get; init; }
    public string? SortOrder { get; init; }
    public bool IsRetired { get; init; }
    public int Version { get; init; }
}

/// <summary>
/// Adds and changes a county's yearly statistics (the county committee's own rows). Errors are keyed by the draft's property
/// names; nothing is saved when there is one; a statistic of another county is not found. The code cannot change once created: indicators refer to it.
/// </summary>
public sealed partial class StatisticDefinitions(AppDbContext db) : IOperation
{
    public const string Stale = "保存失败：该统计项刚被其他人修改过，请刷新后再改。";

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._\-]*$")]
    private static partial Regex CodePattern();

    public async Task<EntryResult> SaveAsync(Organization county, StatisticDraft draft, CancellationToken ct = default)
    {
        if (county.Level != OrgLevel.CountyCommittee)
        {
            return EntryResult.Refused("", "只有县委（组织部）可以设置年度统计项。");
        }

        YearlyStatistic? row = null;
        if (draft.Id != 0 && (row = await db.YearlyStatistics.FirstOrDefaultAsync(s => s.Id == draft.Id && s.OrganizationId == county.Id, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();

        var code = draft.Code?.Trim() ?? "";
        if (row is not null)
        {
            if (code != row.Code)
            {
                errors[nameof(draft.Code)] = $"编码创建后不能修改（指标按编码“{row.Code}”引用它）。";
            }
        }
        else if (code.Length is 0 or > 40 || !CodePattern().IsMatch(code))
        {
            errors[nameof(draft.Code)] = "编码必填，40字以内，用小写英文字母、数字、点、横线，如 income.per-capita。";
        }
        else if (await db.YearlyStatistics.AnyAsync(s => s.OrganizationId == county.Id && s.Code == code, ct))
        {
            errors[nameof(draft.Code)] = $"本县已有编码为“{code}”的统计项。";
        }

        Text(errors, nameof(draft.Name), draft.Name, 60, "名称");
        await SameNameAsync(db, county.Id, row?.Id, draft, errors, ct);
        Text(errors, nameof(draft.Unit), draft.Unit, 20, "单位");
        if (draft.Definition?.Trim().Length > 400)
        {
            errors[nameof(draft.Definition)] = "口径说明不能超过400字。";
        }

        if (!int.TryParse(draft.Decimals?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) || decimals > 4)
        {
            errors[nameof(draft.Decimals)] = "小数位数填0到4。";
        }

        var sortOrder = 0;
        if (!string.IsNullOrWhiteSpace(draft.SortOrder) && !int.TryParse(draft.SortOrder.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out sortOrder))
        {
            errors[nameof(draft.SortOrder)] = "排序填整数。";
        }

        var sectors = Names<OrgSector>(draft.Sectors, errors, nameof(draft.Sectors), "党组织类别");
        var levels = Names<OrgLevel>(draft.Levels, errors, nameof(draft.Levels), "党组织层级");
        if (row is not null && row.Version != draft.Version)
        {
            errors[""] = Stale;
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new YearlyStatistic { OrganizationId = county.Id, Code = code, Name = "", Unit = "" };
            db.YearlyStatistics.Add(row);
        }

        row.Name = draft.Name!.Trim();
        row.Unit = draft.Unit!.Trim();
        row.Decimals = decimals;
        row.Sectors = sectors;
        row.Levels = levels;
        row.Definition = string.IsNullOrWhiteSpace(draft.Definition) ? null : draft.Definition.Trim();
        row.SortOrder = sortOrder;
        row.IsRetired = draft.IsRetired;
        return await db.SaveOrStaleAsync(() => row.Id, "", Stale, ct);
    }

    /// <summary>Two statistics in force under one name could not be told apart by a ledger row or a reader of the report.</summary>
    private static async Task SameNameAsync(AppDbContext db, int countyId, int? id, StatisticDraft draft, Dictionary<string, string> errors, CancellationToken ct)
    {
        var name = draft.Name?.Trim();
        if (draft.IsRetired || string.IsNullOrEmpty(name) || errors.ContainsKey(nameof(draft.Name)))
        {
            return;
        }

        var other = await db.YearlyStatistics.Where(s => s.OrganizationId == countyId && s.Name == name && !s.IsRetired && s.Id != (id ?? 0))
            .Select(s => s.Code).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            errors[nameof(draft.Name)] = $"本县已有名为“{name}”的统计项（编码 {other}）。同名的统计项在台账和报告里分不清，请换一个名称，或先停用旧的。";
        }
    }

    private static void Text(Dictionary<string, string> errors, string field, string? text, int max, string label)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0 || t.Length > max)
        {
            errors[field] = $"{label}必填，{max}字以内。";
        }
    }

    private static string Names<T>(IReadOnlyList<string> names, Dictionary<string, string> errors, string field, string label) where T : struct, Enum
    {
        var parsed = new List<T>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            if (!Enum.TryParse<T>(name, ignoreCase: false, out var value) || !Enum.IsDefined(value) || int.TryParse(name, out _))
            {
                errors[field] = $"未知的{label}。";
                return "";
            }

            parsed.Add(value);
        }

        return string.Join(",", parsed.Distinct());
    }
}
