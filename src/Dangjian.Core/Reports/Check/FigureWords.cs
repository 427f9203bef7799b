namespace Dangjian.Core.Reports.Check;

/// <summary>The wording the figure extractor knows: units, modifiers, and set phrases whose numerals are no figures.</summary>
public static class FigureWords
{
    /// <summary>Counting units and measures, longest first so "人次" wins over "人" and "个百分点" over "个".</summary>
    public static readonly IReadOnlyList<string> Units = new[]
    {
        "个百分点", "百分点", "平方公里", "平方米", "人次", "场次", "批次", "轮次", "户次", "个月", "周岁", "公里", "千米", "公顷",
        "小时", "%", "％", "名", "人", "个", "次", "场", "期", "批", "项", "件", "户", "亩", "元", "米", "座", "支", "块",
        "家", "轮", "篇", "份", "岁", "处", "所", "条", "套", "间", "天", "吨", "株", "头", "只", "辆", "台", "本", "册",
        "栋", "年", "倍", "起", "页", "位", "棵", "个村", "家次", "封", "幅", "张", "课时", "学时", "万元", "亿元",
    }.Distinct().OrderByDescending(u => u.Length).ToArray();

    /// <summary>Units whose count cannot have a fraction.</summary>
    public static readonly IReadOnlySet<string> Whole = new HashSet<string>
    {
        "名", "人", "个", "次", "场", "期", "批", "项", "件", "户", "人次", "场次", "批次", "轮次", "户次", "座", "支", "块",
        "家", "轮", "篇", "份", "处", "所", "条", "套", "间", "株", "头", "只", "辆", "台", "本", "册", "栋", "位", "棵", "封", "幅", "张",
    };

    /// <summary>Set phrases whose numerals count nothing (slogans and the like outside quotes).</summary>
    public static readonly IReadOnlyList<string> SetPhrases =
    [
        "一批", "一线", "一体", "一起", "一道", "一致", "一些", "一系列", "一部分", "一把手", "一张蓝图", "一以贯之", "一次性",
        "八项规定", "四个意识", "四个自信", "两个维护", "两个确立", "三会一课", "一岗双责", "两学一做", "一村一品", "一村一策",
        "一户一策", "一降一升", "一升一降", "一条线", "四个一", "两委", "一项项", "一件件", "一个个", "一次次",
        "千家万户", "千方百计", "一个中心", "新一轮", "一条龙", "一家一户", "四个全面", "两个基本点", "五个一", "三个代表", "两个务必", "一带一路", "四风", "三严三实",
    ];

    /// <summary>Characters that may follow a number without a unit (dates, ordinals, ranges, 届, 版…).</summary>
    public const string UnitlessFollowers = "年月日号时点分秒届大级版期周至到和与或及、是余多成倍代后前中上下内外次名个人万亿千百十半";
}
