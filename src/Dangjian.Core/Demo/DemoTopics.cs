namespace Dangjian.Core.Demo;

/// <summary>Fictional but typical meeting topics and the township's monthly themes.</summary>
internal static class DemoTopics
{
    public static readonly string[] Themes =
    [
        "重温入党誓词 坚定理想信念", "学习雷锋精神 开展志愿服务", "清明祭英烈 传承红色基因", "学习新修订的纪律处分条例",
        "人居环境整治 党员带头行动", "庆祝建党节 重温入党初心", "防汛救灾 党员冲锋在前", "学习贯彻中央八项规定精神",
        "秋收助农 党员志愿服务", "重阳敬老 关爱老党员", "学习全会精神 凝聚奋进力量", "年终总结 谋划来年工作",
    ];

    public static readonly string[] Committee =
    [
        "研究本月党建工作安排", "研究发展党员工作", "讨论村级重大事项（四议两公开）", "研究党费收缴情况",
        "部署主题党日活动", "研究困难党员帮扶", "研究人居环境整治工作",
    ];

    public static readonly string[] Assembly =
    [
        "学习传达上级会议精神", "讨论接收预备党员", "通报党费收缴和使用情况", "审议支部年度工作计划",
    ];

    public static readonly string[] Lecture =
    [
        "学习贯彻党的二十届四中全会精神", "践行全心全意为人民服务宗旨", "加强党性修养 争做合格党员", "学习中央八项规定精神",
    ];

    public static readonly string[] Township =
    [
        "研究部署党建重点任务", "听取各支部党建工作汇报", "研究基层党组织标准化建设", "研究软弱涣散党组织整顿",
    ];

    public static readonly string[] LeaveReasons = ["外出务工", "身体原因", "家中有事", "在外地照看子女"];

    public static string Pick(Random random, string[] list) => list[random.Next(list.Length)];
}
