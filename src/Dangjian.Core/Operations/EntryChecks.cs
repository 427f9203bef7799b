using Dangjian.Core.Time;

namespace Dangjian.Core.Operations;

/// <summary>The checks the entry operations share, each adding a Chinese message keyed by its field.</summary>
internal static class EntryChecks
{
    public static string? Text(Dictionary<string, string> errors, string field, string? value, string label, int max, bool required = true)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors[field] = $"请填写{label}";
        }
        else if (text is not null && text.Length > max)
        {
            errors[field] = $"{label}不超过{max}字";
        }

        return text;
    }

    /// <summary>The date a fact happened: required, not after today, not before 2000.</summary>
    public static void FactDate(Dictionary<string, string> errors, string field, DateOnly? day, string label, DateOnly today)
    {
        if (day is not { } d)
        {
            errors[field] = $"请填写{label}";
        }
        else if (FactDates.Problem(label, d, today) is { } problem)
        {
            errors[field] = problem;
        }
    }

    /// <summary>An end date may lie ahead (a term ends later) but not before the start.</summary>
    public static void EndDate(Dictionary<string, string> errors, string field, DateOnly? end, DateOnly? start, string label, string startLabel)
    {
        if (end is { } e && start is { } s && e < s)
        {
            errors[field] = $"{label}不能早于{startLabel}";
        }
        else if (end is { } early && early < FactDates.Earliest)
        {
            errors[field] = $"{label}不能早于{FactDates.Earliest:yyyy年M月d日}，请核对日期。";
        }
    }
}
