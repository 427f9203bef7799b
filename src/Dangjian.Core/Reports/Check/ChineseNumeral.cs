namespace Dangjian.Core.Reports.Check;

/// <summary>Reads Chinese numerals as written in reports: 三, 十二, 二十三, 一百零五, 两千, 三万 (null when not a well-formed numeral).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        decimal total = 0, section = 0;
        int? digit = null;
        var previousWasDigit = false;
        var first = true;
        foreach (var c in text.Replace('两', '二').Replace('〇', '零'))
        {
            var d = Digits.IndexOf(c);
            if (d >= 0)
            {
                if (previousWasDigit && d != 0 && digit != 0)
                {
                    return null; // "一三" is not a numeral
                }

                digit = d;
                previousWasDigit = true;
                first = false;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, '亿' => 100000000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            if (first)
            {
                digit = 1; // 百分之百, 近千名
                first = false;
            }

            if (unit >= 10000)
            {
                total = (total + section + (digit ?? 0)) * unit;
                section = 0;
            }
            else
            {
                section += (digit ?? (unit == 10 ? 1 : 0)) * unit;
                if (digit is null && unit != 10)
                {
                    return null;
                }
            }

            digit = null;
            previousWasDigit = false;
        }

        return total + section + (digit ?? 0);
    }
}
