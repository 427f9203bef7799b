using AngleSharp.Dom;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The message shown beside a field: the first error element after it, before the next field or label.</summary>
public static class Beside
{
    public static string Message(IDocument html, string name)
    {
        var field = html.QuerySelector($"[name='{name}']") ?? throw new InvalidOperationException($"no field {name}");
        // a group of checkboxes or radios is one field: its message follows the fieldset that holds the group
        var start = Group(html, name, field) ?? (field.ParentElement is { LocalName: "label" } label ? label : field);
        for (var e = start.NextElementSibling; e is not null; e = e.NextElementSibling)
        {
            if (e.ClassList.Contains("error") || e.ClassList.Contains("field-validation-error"))
            {
                return e.TextContent.Trim();
            }

            if (e.LocalName is "label" or "input" or "select" or "textarea" or "fieldset")
            {
                break;
            }
        }

        return "";
    }

    /// <summary>A group of check boxes or radios is one field: the smallest element holding all of them.</summary>
    private static IElement? Group(IDocument html, string name, IElement field)
    {
        var all = html.QuerySelectorAll($"[name='{name}']:not([type=hidden])");
        if (all.Length < 2 || field.GetAttribute("type") is not ("checkbox" or "radio"))
        {
            return null;
        }

        var group = field.ParentElement;
        while (group is not null && all.Any(e => !group.Contains(e)))
        {
            group = group.ParentElement;
        }

        return group;
    }
}
