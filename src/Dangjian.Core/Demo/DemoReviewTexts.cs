namespace Dangjian.Core.Demo;

/// <summary>Wording of the demo county's review: leaders' comments and the detailed township's plans in its report.</summary>
internal static class DemoReviewTexts
{
    public const string Plans = "推动党建引领乡村振兴走深走实\n抓好软弱涣散村党组织整顿转化";

    /// <summary>The detailed township's three comments (fixed, waiting for sign-off, lapsed by the demo's date).</summary>
    public static readonly string[] Detailed =
    [
        "党建引领乡村振兴的办法不多，村集体经济发展不平衡，部分村集体经济收入仍在5万元以下。",
        "软弱涣散村党组织整顿转化进度偏慢，个别村党组织书记履职能力不强。",
        "党员教育管理方式比较单一，流动党员和老年党员参加组织生活不够经常。",
    ];

    public static readonly string[] Others =
    [
        "抓基层党建第一责任人职责落实不够到位，专题研究党建工作的次数偏少。",
        "村级后备干部储备不足，年龄结构偏大。",
        "“三会一课”制度落实不够规范，部分支部会议记录不完整。",
        "发展党员工作力度不够，青年党员占比偏低。",
    ];

    public static readonly string[] Reviewers = ["县委书记", "县委副书记", "县委常委、组织部部长"];
}
