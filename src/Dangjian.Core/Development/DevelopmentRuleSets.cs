namespace Dangjian.Core.Development;

/// <summary>The versions of the development rules; <see cref="For"/> picks the one in force on a date.</summary>
public static class DevelopmentRuleSets
{
    private const DevelopmentStage A = DevelopmentStage.Applicant, B = DevelopmentStage.Activist, C = DevelopmentStage.Target,
        D = DevelopmentStage.Probationary, E = DevelopmentStage.Full;

    /// <summary>《中国共产党发展党员工作细则》(中办发〔2014〕29号), 5 stages and 25 steps.</summary>
    public static readonly DevelopmentRuleSet Rules2014 = new()
    {
        Name = "《中国共产党发展党员工作细则》（2014年）",
        ShortName = "2014年细则",
        EffectiveFrom = new DateOnly(2014, 6, 10),
        Steps =
        [
            new(1, "递交入党申请书", A, "第五条、第六条"),
            new(2, "党组织派人谈话", A, "第七条"),
            new(3, "推荐和确定入党积极分子", B, "第八条"),
            new(4, "上级党委备案", B, "第八条"),
            new(5, "指定培养联系人", B, "第九条"),
            new(6, "培养教育考察（每半年一次）", B, "第十一条", StepInput.Review, Repeatable: true),
            new(7, "确定发展对象", C, "第十三条"),
            new(8, "报上级党委备案", C, "第十三条"),
            new(9, "确定入党介绍人", C, "第十四条"),
            new(10, "进行政治审查", C, "第十五条"),
            new(11, "开展集中培训", C, "第十七条", StepInput.Training),
            new(12, "支部委员会审查并公示", C, "第十八条", StepInput.Notice),
            new(13, "上级党委预审", C, "第十九条"),
            new(14, "填写入党志愿书", C, "第二十条"),
            new(15, "支部大会讨论", C, "第二十一条、第二十二条", StepInput.Vote),
            new(16, "上级党委派人谈话", C, "第二十三条"),
            new(17, "上级党委审批", D, "第二十四条"),
            new(18, "再上一级党委组织部门备案", D, "第二十五条"),
            new(19, "编入党支部和党小组", D, "第二十六条"),
            new(20, "入党宣誓", D, "第二十七条"),
            new(21, "继续教育考察", D, "第二十八条"),
            new(22, "提出转正申请", D, "第二十九条"),
            new(23, "支部大会讨论转正", D, "第二十九条", StepInput.Vote),
            new(24, "上级党委审批转正", E, "第三十条"),
            new(25, "材料归档", E, "第三十二条"),
        ],
        Articles = new Dictionary<TimingRule, string>
        {
            [TimingRule.Age] = "第五条",
            [TimingRule.Talk] = "第七条",
            [TimingRule.ActivistYear] = "第十三条",
            [TimingRule.Reviews] = "第十一条",
            [TimingRule.Notice] = "第十八条",
            [TimingRule.Training] = "第十七条",
            [TimingRule.Vote] = "第二十二条",
            [TimingRule.Approval] = "第二十四条",
            [TimingRule.Probation] = "第二十八条",
            [TimingRule.Extension] = "第三十一条",
            [TimingRule.Conversion] = "第三十条",
        },
    };

    /// <summary>
    /// The May-2026 revision, in force from its effective date. Until its text is checked it repeats the 2014 steps and
    /// timing; change the data here (steps, parameters, articles) when the published text is at hand.
    /// </summary>
    public static readonly DevelopmentRuleSet Rules2026 = Rules2014 with
    {
        Name = "《中国共产党发展党员工作细则》（2026年修订）",
        ShortName = "2026年修订",
        EffectiveFrom = new DateOnly(2026, 5, 1),
        Caveat = "条文序号和时限沿用2014年细则，待与修订后正式文本核对",
    };

    public static readonly IReadOnlyList<DevelopmentRuleSet> All = [Rules2014, Rules2026];

    /// <summary>The version in force on <paramref name="day"/> (the oldest one before any version began).</summary>
    public static DevelopmentRuleSet For(DateOnly day, IReadOnlyList<DevelopmentRuleSet>? versions = null) =>
        (versions ?? All).Where(v => v.EffectiveFrom <= day).MaxBy(v => v.EffectiveFrom) ?? (versions ?? All).MinBy(v => v.EffectiveFrom)!;

    public static DevelopmentRuleSet Named(string shortName) =>
        All.FirstOrDefault(v => v.ShortName == shortName) ?? Rules2014;
}
