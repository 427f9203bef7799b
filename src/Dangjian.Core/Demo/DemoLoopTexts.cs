namespace Dangjian.Core.Demo;

/// <summary>Wording of the demo responsibility loop: monthly key tasks, typical findings, commitments, deeds.</summary>
internal static class DemoLoopTexts
{
    public static readonly string[] MonthlyTasks =
    [
        "召开党员大会，研究部署全年党建工作，制定支部年度工作计划",
        "开展党员冬春训，组织党员集中学习不少于2次",
        "完成上年度党员民主评议和组织生活会问题整改",
        "开展“主题党日”活动，组织党员参加义务植树",
        "推进软弱涣散党组织整顿，完成村级后备干部摸排",
        "开展“七一”前走访慰问困难党员和老党员",
        "组织“七一”系列活动，讲授专题党课",
        "开展党员发展对象政治审查和集中培训",
        "开展村级集体经济项目推进情况督查自查",
        "落实“三会一课”半年检查问题整改",
        "组织党员参加冬季农村大学习",
        "完成年度党建工作总结和书记抓党建述职准备",
    ];

    public static readonly string[] Findings =
    [
        "“三会一课”记录不规范，支委会会议记录缺少议题和表决情况",
        "主题党日活动内容单一，未结合本月主题开展",
        "党员发展材料不齐全，缺少群团组织推优意见",
        "党费收缴台账未按月登记",
        "村级活动场所制度上墙内容未及时更新",
        "组织生活会查摆问题整改清单未逐项销号",
        "流动党员联系不经常，部分外出党员半年未参加组织生活",
        "党务公开栏内容未按季度更新",
        "村级后备干部培养措施不具体，缺少培养记录",
    ];

    public static readonly string[] ReviewComments =
    [
        "述职评议点评：抓党建与抓发展结合不够紧密",
        "述职评议点评：党员教育管理方式方法单一",
        "述职评议点评：后备干部队伍年龄结构偏大",
    ];

    public static readonly string[] Commitments =
    [
        "年内硬化通组道路1.2公里", "新发展党员1名", "建成村级光伏产业项目", "村集体经济收入突破10万元", "整治人居环境，清理“三堆”",
        "为村内留守老人开展上门服务", "组建党员志愿服务队", "完成村级活动场所提升改造", "协调落实饮水安全巩固提升工程",
    ];

    public static readonly string[] Deeds =
    [
        "协调修复村组道路", "帮助群众解决农产品销路", "为困难群众代办医保", "清理河道垃圾", "维修村内路灯", "帮助留守儿童开展课后辅导",
    ];

    public static readonly string[] VolunteerActivities =
    [
        "人居环境整治志愿服务", "敬老院关爱老人活动", "防汛值守志愿服务", "政策宣讲进农户", "秋收帮扶志愿服务", "义务理发和健康义诊",
    ];

    public static readonly string[] Teams = ["党员先锋志愿服务队", "巾帼志愿服务队", "青年突击队"];

    public static readonly string[] Inspectors = ["镇党委副书记", "镇党委组织委员", "镇纪委书记", "镇党建办主任", "镇宣传委员", "镇政法委员"];
}
