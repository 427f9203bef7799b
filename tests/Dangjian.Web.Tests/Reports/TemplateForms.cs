using AngleSharp.Html.Dom;

namespace Dangjian.Web.Tests.Reports;

/// <summary>Reads a form's fields as a browser would post them (inputs, text areas, selected options), without the antiforgery token.</summary>
internal static class TemplateForms
{
    public static Dictionary<string, string> Fields(IHtmlDocument html, string formSelector = "form.edit")
    {
        var form = html.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form {formSelector}");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name != "__RequestVerificationToken")
            {
                fields[name] = element switch
                {
                    IHtmlTextAreaElement t => t.Value,
                    IHtmlSelectElement s => s.Value ?? "",
                    IHtmlInputElement i => i.Value,
                    _ => "",
                };
            }
        }

        return fields;
    }
}
