using System.Globalization;

namespace Dangjian.Web.Pages.Meetings;

/// <summary>The year a 台账 is printed for: a whole number from <see cref="First"/> to this year (Beijing).</summary>
public static class LedgerYear
{
    public const int First = 2000;

    public static (int? Year, string? Error) Parse(string? text, int thisYear)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "请填写年份。");
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < First || year > thisYear)
        {
            return (null, $"年份应为{First}年到{thisYear}年之间的四位数字。");
        }

        return (year, null);
    }
}
