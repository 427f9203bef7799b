using AngleSharp.Dom;

namespace Dangjian.Web.Tests.Forms;

/// <summary>The message shown beside a field: the first error element after it, before the next field or label.</summary>
public static class Beside
{
    public static string Message(IDocument html, string name)
    {
        var field = html.QuerySelector($"[name='{name}']") ?? throw new InvalidOperationException($"no field {name}");
        // a group of checkboxes or radios is one field: its message follows the fieldset that holds the group
        var grouped = html.QuerySelectorAll($"[name='{name}']").Length > 1 && field.GetAttribute("type") is "checkbox" or "radio";
        var start = grouped && field.Closest("fieldset") is { } group ? group
            : field.ParentElement is { LocalName: "label" } label ? label : field;
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
}
