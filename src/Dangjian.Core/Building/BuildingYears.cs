using System.Globalization;
using Dangjian.Core.Time;

namespace Dangjian.Core.Building;

/// <summary>The year of a fact typed on a building page: a whole number, not after this year (Beijing), not before the records begin.</summary>
internal static class BuildingYears
{
    public static int? Parse(string? text, string label, DateOnly today, Dictionary<string, string> errors, string field)
    {
        if (!int.TryParse(text?.Trim().TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            errors[field] = $"请填写{label}，如 {today.Year - 1}。";
            return null;
        }

        if (FactDates.YearProblem(label, year, today) is { } problem)
        {
            errors[field] = problem;
            return null;
        }

        return year;
    }
}
