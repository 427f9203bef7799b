using Dangjian.Core.Data;
using Dangjian.Core.Operations;

namespace Dangjian.Core.Loop.Tasks;

/// <param name="Items">One item a line: "月份 事项", e.g. "3 召开年度组织生活会".</param>
public sealed record KeyTaskListDraft(int Year, string Title, string Items, IReadOnlyList<int> Receivers);

/// <summary>Publishes an annual list: every item is assigned to every chosen organization below, due at the end of its month.</summary>
public sealed class KeyTaskListEntry(AppDbContext db) : IOperation
{
    /// <summary>The items read and the receivers checked, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int ownOrganizationId, KeyTaskListDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (Parse(d.Items).Error is { } error)
        {
            errors[nameof(d.Items)] = error;
        }

        if (d.Receivers.Count == 0 || !await LoopEntries.AllBelowAsync(db, ownOrganizationId, d.Receivers, includeOwn: false, ct))
        {
            errors[nameof(d.Receivers)] = "请选择本级以下的承担单位";
        }

        return errors;
    }

    public async Task<EntryResult> PublishAsync(int ownOrganizationId, KeyTaskListDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(ownOrganizationId, d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var items = Parse(d.Items).Items;
        var receivers = d.Receivers.Distinct().ToList();
        var list = new KeyTaskList
        {
            OrganizationId = ownOrganizationId, Year = d.Year, Title = d.Title.Trim(),
            Tasks = items.Select(i => new KeyTask
            {
                Month = i.Month, Title = i.Title, DueOn = new DateOnly(d.Year, i.Month, 1).AddMonths(1).AddDays(-1),
                Assignments = receivers.Select(r => new KeyTaskAssignment { OrganizationId = r }).ToList(),
            }).ToList(),
        };
        db.KeyTaskLists.Add(list);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(list.Id);
    }

    /// <summary>Parses the items; an error message when a line has no month 1–12 before the task.</summary>
    public static (List<(int Month, string Title)> Items, string? Error) Parse(string? text)
    {
        var items = new List<(int, string)>();
        foreach (var line in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var digits = new string(line.TakeWhile(char.IsAsciiDigit).ToArray());
            var title = line[digits.Length..].TrimStart(' ', '月', '|', '、', '.', '：', ':').Trim();
            if (!int.TryParse(digits, out var month) || month is < 1 or > 12 || title.Length == 0 || title.Length > 1000)
            {
                return ([], $"无法识别“{line}”：每行以月份开头，如“3 召开年度组织生活会”。");
            }

            items.Add((month, title));
        }

        return (items, items.Count == 0 ? "请填写任务事项" : null);
    }
}
