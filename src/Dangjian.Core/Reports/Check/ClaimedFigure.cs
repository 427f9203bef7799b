namespace Dangjian.Core.Reports.Check;

/// <summary>
/// A figure claimed in a report's text: the subject phrase before it, its value (万/亿 multiplied out, so "2.3万亩" is
/// 23000 亩), its unit ("百分点" for 个百分点) and its modifier (余, 以上, 近, 达到, 由, 到, 较上届下降…; empty when none).
/// </summary>
public sealed record ClaimedFigure(string Subject, decimal Value, string Unit, string Modifier, int Start, int Length, string Text)
{
    public string ValueText => Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
