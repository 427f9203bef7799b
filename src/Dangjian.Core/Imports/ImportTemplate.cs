using Dangjian.Core.Members.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dangjian.Core.Imports;

/// <summary>
/// The downloadable template of an import: sheet 1 has the header row (required columns marked "*") and one example
/// row; sheet 2, "填写说明", explains every column and its allowed values in Chinese.
/// </summary>
public static class ImportTemplate
{
    public static void Write<TField>(Stream output, string dataSheetName, IReadOnlyList<SheetColumn<TField>> columns, IReadOnlyList<string> notes)
        where TField : struct, Enum
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        AddSheet(workbook, dataSheetName,
        [
            [.. columns.Select(c => c.Required ? c.Label + "*" : c.Label)],
            [.. columns.Select(c => c.Example)],
        ]);
        List<string[]> help = [["列名", "是否必填", "说明", "示例"]];
        help.AddRange(columns.Select(c => new[] { c.Label, c.Required ? "必填" : "选填", c.Explanation, c.Example }));
        help.Add([]);
        help.AddRange(notes.Select(n => new[] { n }));
        AddSheet(workbook, "填写说明", help);
    }

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            data.Append(new Row(values.Select(v => new Cell(new InlineString(new Text(SpreadsheetText.Escape(v)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                DataType = CellValues.InlineString,
            })));
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
    }
}
