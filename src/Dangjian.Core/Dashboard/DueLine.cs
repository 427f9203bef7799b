namespace Dangjian.Core.Dashboard;

/// <summary>What a line of the home page asks the user to do; the order is the order of the page's sections.</summary>
public enum DueKind
{
    Meeting,
    RectificationToAnswer,
    DevelopmentStep,
    Commitment,
    AwaitingSignOff,
    OverdueRectification,
    BranchGap,
    Report,
}

/// <summary>One thing due: whose it is, what to do (with its date), and the page that resolves it.</summary>
public sealed record DueLine(DueKind Kind, string OrganizationName, string Text, DateOnly? On, string Url);

public static class DueLabels
{
    public static string Of(DueKind kind) => kind switch
    {
        DueKind.Meeting => "本月应开展、尚未录入的组织生活",
        DueKind.RectificationToAnswer => "待整改、待报送材料的整改事项",
        DueKind.DevelopmentStep => "30日内到期或已逾期的发展党员环节",
        DueKind.Commitment => "30日内到期或已逾期、尚未兑现的承诺",
        DueKind.AwaitingSignOff => "已报送整改材料、待本级销号的事项",
        DueKind.OverdueRectification => "逾期未整改的事项",
        DueKind.BranchGap => "本月组织生活尚有缺项的党组织",
        _ => "述职报告",
    };
}
