using System.Globalization;

namespace Dangjian.Core.Figures;

/// <summary>
/// How every report, bulletin and review number is printed: always in zh-CN (never the server's culture, which could
/// write 66,7), percentages rounded half away from zero except that a rate prints 100% or 0% only when it is exactly
/// that (199 of 200 is 99%, not 100%; 1 of 250 is 1%, not 0%).
/// </summary>
public static class FigureFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Fixed decimals: 41.6, 13.0.</summary>
    public static string Number(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Up to <paramref name="maxDecimals"/> decimals, trailing zeros dropped: 35, 2.3, 66.67.</summary>
    public static string Trimmed(decimal value, int maxDecimals = 2) => value.ToString("0." + new string('#', maxDecimals), Culture);

    public static string Trimmed(double value, int maxDecimals = 2) => Trimmed((decimal)value, maxDecimals);

    /// <summary>part / whole in %, rounded to <paramref name="decimals"/>, kept off 100 and 0 unless exact; null when whole is 0.</summary>
    public static decimal? Percent(int part, int whole, int decimals = 0)
    {
        if (whole == 0)
        {
            return null;
        }

        var step = 1m / (decimal)Math.Pow(10, decimals);
        var rounded = Figure.Round(part * 100m / whole, decimals);
        return part != whole && rounded >= 100 ? 100 - step
            : part != 0 && rounded <= 0 ? step
            : rounded;
    }

    /// <summary>"66.7%" (trailing zeros dropped), or "—" when there is nothing to share.</summary>
    public static string PercentText(int part, int whole, int decimals = 1) =>
        Percent(part, whole, decimals) is { } p ? Trimmed(p, decimals) + Figure.Percent : "—";
}
