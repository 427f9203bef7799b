namespace Dangjian.Core.Building;

/// <summary>The default checklist over five aspects; a county replaces it in configuration ("Building:Checklist").</summary>
public static class StandardChecklist
{
    public static readonly IReadOnlyList<ChecklistAspect> Default =
    [
        Aspect("组织设置", ("A1", "党组织按规定设置，隶属关系清楚"), ("A2", "按期换届，班子配备齐全")),
        Aspect("组织生活", ("B1", "“三会一课”按规定开展"), ("B2", "每月开展主题党日"), ("B3", "每年召开组织生活会、开展民主评议党员")),
        Aspect("阵地建设", ("C1", "有固定活动场所，标识规范"), ("C2", "设施齐全，使用正常")),
        Aspect("队伍建设", ("D1", "书记履职尽责，班子团结"), ("D2", "按规定发展党员，教育管理到位")),
        Aspect("制度落实", ("E1", "各项制度健全并上墙"), ("E2", "党建工作台账完整规范")),
    ];

    public static IEnumerable<ChecklistItem> Items(IEnumerable<ChecklistAspect> aspects) => aspects.SelectMany(a => a.Items);

    private static ChecklistAspect Aspect(string name, params (string Code, string Text)[] items) =>
        new() { Name = name, Items = items.Select(i => new ChecklistItem { Code = i.Code, Text = i.Text }).ToList() };
}
