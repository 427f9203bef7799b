using System.Globalization;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>Numbers typed into the review forms, read with Chinese messages (the model binder's are English).</summary>
public static class ReviewText
{
    public static decimal? Decimal(string? text, string label, ICollection<string> errors, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add($"请填写{label}。");
            }

            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add($"{label}应填写数字（现为“{text.Trim()}”）。");
        return null;
    }

    public static int? Integer(string? text, string label, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"请填写{label}。");
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add($"{label}应填写整数（现为“{text.Trim()}”）。");
        return null;
    }

    public static DateOnly? Date(string? text, string label, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        errors.Add($"{label}应为“年-月-日”格式的日期。");
        return null;
    }

    /// <summary>A number as typed back into a form: no trailing zeros ("40", "2.5").</summary>
    public static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Plain(decimal? value) => value is { } v ? Plain(v) : "";
}
