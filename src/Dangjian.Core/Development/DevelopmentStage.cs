namespace Dangjian.Core.Development;

/// <summary>The five stages of 《中国共产党发展党员工作细则》.</summary>
public enum DevelopmentStage { Applicant, Activist, Target, Probationary, Full }

public static class DevelopmentLabels
{
    public static string Of(DevelopmentStage stage) => stage switch
    {
        DevelopmentStage.Applicant => "入党申请人",
        DevelopmentStage.Activist => "入党积极分子",
        DevelopmentStage.Target => "发展对象",
        DevelopmentStage.Probationary => "预备党员",
        _ => "正式党员",
    };

    public static string Of(CaseState state) => state switch
    {
        CaseState.Open => "进行中",
        CaseState.Converted => "已转正",
        CaseState.Cancelled => "已取消预备党员资格",
        _ => "已终止",
    };
}
