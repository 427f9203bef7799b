using System.Text.RegularExpressions;

namespace Dangjian.Core.Categories;

/// <summary>The limits of a county category or tag, shared by the pages and the operation.</summary>
public static partial class CategoryRules
{
    public const int CodeMax = 40;
    public const int NameMax = 60;
    public const int UnitMax = 20;
    public const int MeaningMax = 100;

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]*$")]
    public static partial Regex CodePattern();

    public static readonly IReadOnlyDictionary<RecordFamily, string> FamilyNames = new Dictionary<RecordFamily, string>
    {
        [RecordFamily.Work] = "工作记录", [RecordFamily.Service] = "为民办实事与志愿服务", [RecordFamily.Inspection] = "督查", [RecordFamily.Meeting] = "会议",
    };

    /// <summary>The indicator source that reads a family's records.</summary>
    public static readonly IReadOnlyDictionary<string, RecordFamily> FamilyOfSource = new Dictionary<string, RecordFamily>
    {
        ["work"] = RecordFamily.Work, ["service"] = RecordFamily.Service, ["inspections"] = RecordFamily.Inspection, ["meetings"] = RecordFamily.Meeting,
    };
}
