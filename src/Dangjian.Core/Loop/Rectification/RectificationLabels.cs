using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

public static class RectificationLabels
{
    public static string Of(RectificationStatus status) => status switch
    {
        RectificationStatus.Open => "整改中",
        RectificationStatus.Submitted => "待销号",
        _ => "已销号",
    };

    public static string Of(RectificationStatus? status) => status is { } s ? Of(s) : "—";

    public static string Of(RectificationSource source) => source switch
    {
        RectificationSource.Inspection => "督查发现",
        RectificationSource.ReviewComment => "述职评议点评",
        _ => "自我查找",
    };
}
