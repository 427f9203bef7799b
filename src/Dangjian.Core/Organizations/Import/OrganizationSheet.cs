using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;

namespace Dangjian.Core.Organizations.Import;

public enum OrganizationSheetField { Code, Name, Level, Sector, ParentCode, ShortName, SecretaryName, FoundedOn }

/// <summary>One data row of an organization-tree sheet, as text (validated by <see cref="OrganizationImport"/>).</summary>
public sealed record OrganizationRow(int Row, string? Code, string? Name, string? Level, string? Sector, string? ParentCode,
    string? ShortName = null, string? SecretaryName = null, string? FoundedOn = null);

/// <summary>The organization-tree sheet (组织架构导入): its columns, and reading it into <see cref="OrganizationRow"/>s.</summary>
public static class OrganizationSheet
{
    public const int MaxRows = 5000;
    public const string DataSheetName = "党组织";

    public static readonly IReadOnlyList<SheetColumn<OrganizationSheetField>> Columns =
    [
        new(OrganizationSheetField.Code, "组织编码", ["党组织编码", "编码", "组织代码", "代码"], true,
            "本县内唯一的编码（字母、数字、- _ .，不超过40个字符），可用全国党员管理信息系统中的组织编码。再次导入时按编码识别同一个党组织。", "QS-XHC"),
        new(OrganizationSheetField.Name, "组织名称", ["党组织名称", "名称", "党组织全称"], true, "党组织全称，不超过100个字。", "中共杏花村支部委员会"),
        new(OrganizationSheetField.Level, "组织层级", ["层级", "组织类型", "党组织类型"], true,
            "乡镇党委（或党工委）、党委、党总支、党支部之一。", "党支部"),
        new(OrganizationSheetField.Sector, "组织类别", ["类别", "单位类别", "所在单位类别"], false,
            "村、社区、机关、事业单位、非公企业、社会组织、产业链、老年协会、其他之一；乡镇党委可不填（记为“地方”）。", "村"),
        new(OrganizationSheetField.ParentCode, "上级组织编码", ["上级编码", "上级党组织编码", "上级组织代码"], false,
            "上级党组织的组织编码：本文件中的另一行，或系统中已有的党组织。不填表示直属于导入人所在的党组织（如县委）。", "QS"),
        new(OrganizationSheetField.ShortName, "简称", ["组织简称"], false, "不超过40个字。", "杏花村党支部"),
        new(OrganizationSheetField.SecretaryName, "书记姓名", ["书记", "党组织书记"], false, "不超过40个字。", "张三"),
        new(OrganizationSheetField.FoundedOn, "成立日期", ["成立时间", "建立日期"], false, "如 2015-06-01，不能晚于今天。", "2015-06-01"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个党组织。上级组织可以写在下级之后，系统会按编码找到它。",
        "同一个文件可以反复导入：编码已存在且内容相同的行不做改动；名称、简称、书记、类别、成立日期不同的行更新为文件中的内容。",
        "已有党组织的上级和层级不能通过导入修改，请在系统中用“调整隶属”办理。",
        "有任何一行出错时，整个文件都不导入，并列出每个错误所在的行和列。",
    ];

    public static bool IsKnownHeader(string? header) => SheetColumns.Find(Columns, header) is not null;

    /// <summary>Reads every data row; problems are missing required columns and too many rows.</summary>
    public static (IReadOnlyList<OrganizationRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(RosterReader reader)
    {
        var index = new Dictionary<OrganizationSheetField, int>();
        for (var i = 0; i < reader.Headers.Count; i++)
        {
            if (SheetColumns.Find(Columns, reader.Headers[i]) is { } column)
            {
                index.TryAdd(column.Field, i);
            }
        }

        var problems = Columns.Where(c => c.Required && !index.ContainsKey(c.Field))
            .Select(c => new ImportProblem(0, c.Label, $"文件中没有“{c.Label}”列。请使用下载的模板，第一行为列名。"))
            .ToList();
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var rows = new List<OrganizationRow>();
        foreach (var row in reader.Rows())
        {
            if (rows.Count == MaxRows)
            {
                return ([], [new ImportProblem(0, "", $"一个文件最多导入{MaxRows}个党组织，请分成几个文件。")]);
            }

            string? Cell(OrganizationSheetField f) => index.TryGetValue(f, out var c) ? RosterReader.Text(row[c]) : null;
            rows.Add(new OrganizationRow(row.RowNumber, Cell(OrganizationSheetField.Code), Cell(OrganizationSheetField.Name),
                Cell(OrganizationSheetField.Level), Cell(OrganizationSheetField.Sector), Cell(OrganizationSheetField.ParentCode),
                Cell(OrganizationSheetField.ShortName), Cell(OrganizationSheetField.SecretaryName), Cell(OrganizationSheetField.FoundedOn)));
        }

        return rows.Count == 0 ? ([], [new ImportProblem(0, "", "文件中没有数据行。")]) : (rows, []);
    }

    public static string Label(OrganizationSheetField field) => Columns.First(c => c.Field == field).Label;
}
