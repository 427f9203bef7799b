namespace Dangjian.Core.Reports.Check;

/// <summary>Chinese names of the verdicts of <see cref="RecordCheck"/>.</summary>
public static class CheckLabels
{
    public static string Of(RecordVerdict verdict) => verdict switch
    {
        RecordVerdict.Match => "与记录一致",
        RecordVerdict.Differs => "与记录不符",
        RecordVerdict.NoRecord => "无记录支撑",
        _ => "未对应",
    };
}
