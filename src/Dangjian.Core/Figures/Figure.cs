namespace Dangjian.Core.Figures;

/// <summary>What a figure states: a level, or how it compares with an earlier level of the same figure.</summary>
public enum FigureKind
{
    Level,

    /// <summary>Change relative to the earlier value, in % of it ("较上届下降13.0%").</summary>
    RelativeChange,

    /// <summary>Difference of two percentages, in 个百分点 ("提高5个百分点").</summary>
    PointChange,

    /// <summary>Difference of two amounts, in their unit ("减少6.2岁", "增加2名").</summary>
    Difference,
}

/// <summary>A computed figure as a report prints it: value (already rounded to <see cref="Decimals"/>), unit, kind.</summary>
public sealed record Figure(decimal Value, string Unit, int Decimals, FigureKind Kind = FigureKind.Level)
{
    public const string Percent = "%";
    public const string Points = "个百分点";

    public string Number => FigureFormat.Number(Value, Decimals);

    public string Text => Number + Unit;

    public static Figure Count(int n, string unit) => new(n, unit, 0);

    /// <summary>Shares are whole percent (never 100% or 0% unless exact: <see cref="FigureFormat.Percent"/>); null when there is nothing to share.</summary>
    public static Figure? Share(int part, int whole) => FigureFormat.Percent(part, whole) is { } p ? new(p, Percent, 0) : null;

    /// <summary>Averages (ages) have one decimal; null for an empty group.</summary>
    public static Figure? Average(long sum, int count, string unit) => count == 0 ? null : new(Round((decimal)sum / count, 1), unit, 1);

    /// <summary>四舍五入: halves round away from zero, as people do by hand.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A comparison in words: "较上届下降13.0%（相对变化）", "较上届提高5个百分点".</summary>
    public string Describe(string against = "较上届")
    {
        if (Kind == FigureKind.Level)
        {
            return Text;
        }

        if (Value == 0)
        {
            return $"与上届持平（{Label}）";
        }

        var counted = Kind == FigureKind.Difference && Unit is "名" or "个" or "人" or "人次";
        var rising = counted ? (Value > 0 ? "增加" : "减少") : (Value > 0 ? "提高" : "下降");
        var amount = FigureFormat.Number(Math.Abs(Value), Decimals) + Unit;
        return Kind == FigureKind.RelativeChange ? $"{against}{rising}{amount}（相对变化率）" : $"{against}{rising}{amount}";
    }

    public string Label => Kind switch
    {
        FigureKind.RelativeChange => "相对变化率",
        FigureKind.PointChange => "百分点差",
        FigureKind.Difference => "差值",
        _ => "数值",
    };
}
