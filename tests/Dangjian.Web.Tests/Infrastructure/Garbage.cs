using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The fields of a page's post forms and the bad values a careless or hostile user could send in them.</summary>
public static partial class Garbage
{
    public sealed record Field(string Name, string Kind);

    public enum Variant { NoFields, Blank, Unparsable, Absurd }

    public static readonly string LongText = "<script>alert(1)</script>" + new string('长', 5000);

    /// <summary>Named inputs of every post form except the logout form in the header.</summary>
    public static List<Field> FieldsOf(IDocument html) =>
        PostForms(html).SelectMany(f => f.QuerySelectorAll("input[name], select[name], textarea[name]"))
            .Select(e => new Field(e.GetAttribute("name")!, KindOf(e)))
            .Where(f => f.Name != "__RequestVerificationToken")
            .DistinctBy(f => f.Name).ToList();

    public static IEnumerable<IElement> PostForms(IDocument html) =>
        html.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)
            && f.GetAttribute("action") != "/Account/Logout");

    public static bool IsMultipart(IDocument html) => PostForms(html).Any(f => f.GetAttribute("enctype") == "multipart/form-data");

    private static string KindOf(IElement e) => e switch
    {
        IHtmlSelectElement => "select",
        IHtmlTextAreaElement => "text",
        _ => (e.GetAttribute("type") ?? "text").ToLowerInvariant(),
    };

    public static string? Value(Field field, Variant variant) => variant switch
    {
        Variant.NoFields => null,
        Variant.Blank => field.Kind == "file" ? null : "",
        Variant.Unparsable => field.Kind switch
        {
            "file" => null,
            "text" or "search" or "textarea" or "password" or "tel" => LongText,
            _ => "abc",
        },
        _ => field.Kind switch
        {
            "file" => null,
            "number" => "-99999999",
            "date" => "9999-12-31",
            "month" => "9999-12",
            "hidden" => "-1",
            "select" or "checkbox" or "radio" => "2147483647",
            _ => LongText,
        },
    };

    /// <summary>Text that betrays an exception: its type name or the frames of a stack trace.</summary>
    public static bool ShowsException(string body) => body.Contains("Exception", StringComparison.Ordinal) || StackFrame().IsMatch(body);

    [GeneratedRegex(@"\s+at [A-Z][\w.`<>]+\(", RegexOptions.CultureInvariant)]
    private static partial Regex StackFrame();

    /// <summary>The messages the page shows to its user (error texts, the validation summary, notices).</summary>
    public static List<string> Messages(IDocument html) =>
        html.QuerySelectorAll(".error, .field-validation-error, .validation-summary-errors, .notice, [role=alert]")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    public static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>The framework's English defaults ("The value 'abc' is not valid…", "The X field is required.").</summary>
    public static bool IsEnglishDefault(string text) => EnglishDefault().IsMatch(text);

    [GeneratedRegex(@"field is required|is not valid|must be a number|is invalid|The field |The value ", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDefault();
}
