using System.Globalization;
using Dangjian.Core.Indicators;

namespace Dangjian.Web.Pages.Reports;

/// <summary>
/// One page of the records behind a figure (report and review figure pages): each with its kind in Chinese and, where
/// the kind has a page of its own, a link to it.
/// </summary>
public sealed record FigureRecords(IReadOnlyList<RecordRef> All, int Page, string PageUrl)
{
    public const int PageSize = 50;

    public int PageCount => Math.Max(1, (All.Count + PageSize - 1) / PageSize);

    /// <summary>The requested page, kept within 1..<see cref="PageCount"/>.</summary>
    public int Current => Math.Clamp(Page, 1, PageCount);

    public IEnumerable<RecordRef> Shown => All.Skip((Current - 1) * PageSize).Take(PageSize);

    /// <summary><see cref="PageUrl"/> with the page number appended (it ends in "p=").</summary>
    public string UrlOf(int page) => PageUrl + page.ToString(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, (string Name, string? Page)> Kinds = new(StringComparer.Ordinal)
    {
        ["meeting"] = ("会议", "/Meetings/Details/"),
        ["member"] = ("党员", "/Members/Details/"),
        ["organization"] = ("党组织", "/Organizations/Details/"),
        ["development-case"] = ("发展党员", "/Development/Details/"),
        ["rectification-item"] = ("整改事项", "/Loop/Rectification/Details/"),
        ["inspection"] = ("督查", "/Loop/Inspections/Details/"),
        ["finding"] = ("督查发现问题", null),
        ["bulletin"] = ("督查通报", null),
        ["talk"] = ("约谈", null),
        ["accountability-case"] = ("问责", null),
        ["commitment"] = ("承诺事项", null),
        ["service-record"] = ("为民服务", null),
        ["work-record"] = ("工作记录", null),
        ["cadre"] = ("村干部", null),
        ["reserve-cadre"] = ("后备干部", null),
        ["qualification-review"] = ("任职资格联审", null),
        ["weak-organization"] = ("软弱涣散党组织", null),
        ["standardization-check"] = ("标准化建设", null),
        ["demonstration-title"] = ("示范创建", null),
        ["honour"] = ("表彰", "/Building/Honours/Edit/"),
        ["honor-roll"] = ("红黑榜", null),
        ["rectification-notice"] = ("整改通知", "/Loop/Notices/Edit/"),
        ["collective-income"] = ("村集体经济收入", null),
        ["assignment"] = ("选派", "/Cadres/Assignments/Edit/"),
        ["contact-point"] = ("联系点", "/Loop/Contacts/Details/"),
        ["contact-visit"] = ("联系点走访", null),
        ["project"] = ("党建项目", "/Building/Projects/Edit/"),
        ["statistic-value"] = ("年度统计", null),
    };

    public static string KindName(string type) => Kinds.TryGetValue(type, out var k) ? k.Name : "记录";

    /// <summary>The record's own page, or null when its kind has none.</summary>
    public static string? Link(RecordRef record) =>
        Kinds.TryGetValue(record.Type, out var k) && k.Page is { } page ? page + record.Id.ToString(CultureInfo.InvariantCulture) : null;
}
