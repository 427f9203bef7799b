namespace Dangjian.Core.WorkRecords;

/// <summary>The built-in categories (docs/design/domain.md §8), inserted by schema script 0011 with no organization.</summary>
public static class DefaultWorkCategories
{
    public static IReadOnlyList<WorkCategory> All => Numbered(
    [
        New("research", "党建调研", "次", "调研次数"),
        New("inspection-visit", "党建督导检查", "轮次", "轮次"),
        New("publicity", "宣讲", "场次", "场次", "人次"),
        New("training", "培训班", "期", "期数", "人次"),
        New("study-trip", "考察学习", "批次", "批次", "人次"),
        New("seminar", "研讨交流", "场次", "场次", "人次"),
        New("exchange", "成果交流", "场次", "场次"),
        New("cultural", "文化活动", "场次", "场次", "人次"),
        New("funds", "争取资金", "万元", "争取到的资金（万元）"),
        New("problem-solved", "研究解决党建问题", "件", "件数"),
    ]);

    private static List<WorkCategory> Numbered(List<WorkCategory> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            list[i].SortOrder = i + 1;
        }

        return list;
    }

    private static WorkCategory New(string code, string name, string unit, string meaning, string? participants = null) =>
        new() { Code = code, Name = name, Unit = unit, QuantityMeaning = meaning, ParticipantUnit = participants };
}
