using AngleSharp.Dom;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>Whether a page shows each error where it belongs: a field's error beside that field, any other error somewhere on the page.</summary>
public static class FieldMessages
{
    public static string? Misplaced(IDocument html, IReadOnlyList<(string Key, string Message)> errors)
    {
        var shown = string.Join("\n", Garbage.Messages(html));
        var problems = new List<string>();
        foreach (var group in errors.GroupBy(e => e.Key))
        {
            var key = group.Key;
            var field = key.Length == 0 ? null : html.QuerySelector($"[name='{key}']:not([type=hidden])");
            if (field is not null)
            {
                // one message beside the field is enough: the binder may add a second one for the same value
                var beside = Beside.Message(html, key) + string.Concat(html.QuerySelectorAll($"[data-valmsg-for='{key}']").Select(e => e.TextContent));
                if (!group.Any(e => beside.Contains(e.Message, StringComparison.Ordinal)))
                {
                    problems.Add($"“{group.First().Message}” is meant for field {key} but not shown beside it");
                }
            }
            else
            {
                problems.AddRange(group.Where(e => !shown.Contains(e.Message, StringComparison.Ordinal)).Select(e => $"“{e.Message}” (key “{key}”) is not shown on the page"));
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems.Distinct());
    }
}
