using System.Globalization;
using CoreOrgLife = Dangjian.Core.OrgLife;
using Dangjian.Web.Infrastructure;

namespace Dangjian.Web.Meetings;

/// <summary>Query values of the API read by hand: each one that does not parse adds a Chinese message under its name.</summary>
public static class ApiQuery
{
    public static int? Int(string? text, string name, string message, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems[name] = [message];
        return null;
    }

    public static DateOnly? Date(string? text, string name, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        problems[name] = ["日期应写作 yyyy-MM-dd，如 2026-03-01"];
        return null;
    }

    public static Core.Meetings.MeetingKind? Kind(string? text, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<Core.Meetings.MeetingKind>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        problems["kind"] = [$"会议类型应为 {string.Join("、", Enum.GetNames<Core.Meetings.MeetingKind>())} 之一"];
        return null;
    }
}
