using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>一, 二, … 十九 for "一是…" and section numbers.</summary>
public static class ChineseNumbers
{
    private const string Digits = "一二三四五六七八九";

    public static string Of(int n) => n switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(n)),
        < 10 => Digits[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 11],
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
