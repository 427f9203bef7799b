using System.Text.RegularExpressions;

namespace Dangjian.Core.Reports.Check;

/// <summary>
/// Units that cannot be right: a number with no unit before a noun ("建成2国家…"), a rate over 100%, an age no person
/// has, a fraction of people or meetings.
/// </summary>
public static partial class UnitCheck
{
    public static IEnumerable<Finding> Check(ReportText report, FigureScan scan)
    {
        foreach (var (start, length) in scan.Unitless)
        {
            yield return new Finding(FindingKind.ImplausibleUnit, start, length, report.Excerpt(start, length),
                $"数字“{report.Text.Substring(start, length)}”后面缺少计量单位（个、名、项…），请补上或核对。");
        }

        foreach (var f in scan.Figures)
        {
            var message = f switch
            {
                { Unit: "%" or "百分点", Value: > 100 } when RateWords().IsMatch(f.Subject) && !f.Modifier.Contains('较') && !f.Modifier.Contains('比') =>
                    $"{f.Subject}{f.ValueText}%超过了100%，比例或“率”不可能大于100%。",
                { Unit: "岁" or "周岁" } when f.Value is < 16 or > 100 => $"年龄{f.ValueText}岁不合常理，请核对数字或单位。",
                _ when FigureWords.Whole.Contains(f.Unit) && f.Value != decimal.Truncate(f.Value) => $"“{f.Text}”：{f.Unit}只能是整数，不会有小数，请核对数字或单位。",
                _ => null,
            };
            if (message is not null)
            {
                yield return new Finding(FindingKind.ImplausibleUnit, f.Start, f.Length, report.Excerpt(f.Start, f.Length), message);
            }
        }
    }

    [GeneratedRegex("率|占比|比例|比重")]
    private static partial Regex RateWords();
}
