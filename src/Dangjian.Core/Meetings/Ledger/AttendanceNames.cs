using System.Text.RegularExpressions;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings.Ledger;

/// <summary>A ledger cell of names with reasons: "王五（外出务工）、赵六(住院)" → (王五, 外出务工), (赵六, 住院).</summary>
public static partial class AttendanceNames
{
    public static IReadOnlyList<(string Name, string? Reason)> Parse(string? text) =>
        text is null ? [] : [.. Entry().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["reason"].Success ? Clean(m.Groups["reason"].Value) : null))];

    public static string Format(IEnumerable<(string Name, string? Reason)> people) =>
        string.Join("、", people.Select(p => p.Reason is null ? p.Name : $"{p.Name}（{p.Reason}）"));

    private static string? Clean(string reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    [GeneratedRegex(@"(?<name>[^、，,；;\s（()）:：]+)\s*(?:[（(](?<reason>[^）)]*)[）)])?")]
    private static partial Regex Entry();
}
