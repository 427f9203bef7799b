namespace Dangjian.Core.Reports.Check;

/// <summary>The kinds of defect the report checker finds in a duty report's text (issue #17).</summary>
public enum FindingKind
{
    Placeholder,
    WebResidue,
    RepeatedPunctuation,
    Unbalanced,
    Year,
    Sections,
    Contradiction,
    ImplausibleUnit,
}

public static class FindingKinds
{
    public static string Label(this FindingKind kind) => kind switch
    {
        FindingKind.Placeholder => "占位符",
        FindingKind.WebResidue => "网络残留",
        FindingKind.RepeatedPunctuation => "重复标点",
        FindingKind.Unbalanced => "引号括号不配对",
        FindingKind.Year => "年份不符",
        FindingKind.Sections => "结构缺项",
        FindingKind.Contradiction => "数字矛盾",
        FindingKind.ImplausibleUnit => "单位存疑",
        _ => kind.ToString(),
    };
}

/// <summary>One defect: where it is (character offset and length in the checked text), what it is, and why, in Chinese.</summary>
public sealed record Finding(FindingKind Kind, int Start, int Length, string Excerpt, string Message);
