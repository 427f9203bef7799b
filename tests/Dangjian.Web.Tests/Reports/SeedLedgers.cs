namespace Dangjian.Web.Tests.Reports;

/// <summary>The columns of each ledger sheet the seeds are imported from, as the import page's templates name them.</summary>
internal static class SeedLedgers
{
    public static readonly string[] Meetings = ["党组织", "会议类型", "召开日期", "会议主题", "会议地点", "主持人", "授课人"];
    public static readonly string[] Work = ["党组织", "工作类别", "日期", "名称", "数量", "参加人次", "带队或主持人", "地点", "备注"];
    public static readonly string[] Inspections = ["督查单位", "督查类型", "督查日期", "轮次", "督查内容", "督查人员", "被督查党组织", "发现问题", "问题提示单日期"];
    public static readonly string[] Talks = ["约谈单位", "约谈日期", "约谈人", "约谈对象", "对象类别", "约谈事由", "跟踪落实情况"];
    public static readonly string[] Accountability = ["问责单位", "决定日期", "被问责人", "问责方式", "问责事由"];
    public static readonly string[] Commitments = ["党组织", "承诺书记", "承诺内容", "完成时限", "进展情况", "兑现日期"];
    public static readonly string[] Service = ["党组织", "类别", "日期", "事项", "志愿服务队", "人数"];
    public static readonly string[] Income = ["村党组织", "年度", "集体经济收入（万元）"];
    public static readonly string[] Statistics = ["党组织", "年度", "统计项", "数值"];
}
