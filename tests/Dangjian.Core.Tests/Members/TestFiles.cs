using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Dangjian.Core.Members;

namespace Dangjian.Core.Tests.Members;

/// <summary>Real roster files for the tests: .xlsx with typed cells (numbers stay numbers), .csv, zip bombs.</summary>
public static class TestFiles
{
    public static readonly string[] Headers = ["序号", "姓名", "性别", "出生日期", "身份证号", "入党时间", "转正时间", "人员类别", "学历", "民族", "工作岗位", "联系电话", "所在支部"];

    public static string Id(DateOnly birth, Sex sex, int sequence) => FictionalResidentId.Create("990101", birth, sex, sequence);

    /// <summary>A valid data row in the column order of <see cref="Headers"/>.</summary>
    public static object?[] Row(int n, string name, string? branch = null)
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(n * 97);
        var sex = n % 2 == 0 ? Sex.Male : Sex.Female;
        return [n, name, sex == Sex.Male ? "男" : "女", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Id(birth, sex, n % 400),
            "2001.07", "2002-07-01", "正式党员", "大学本科", "汉族", "村民", "13800001234", branch];
    }

    public static string Xlsx(string directory, IEnumerable<object?[]> rows, string name = "roster.xlsx", IReadOnlyList<object?[]>? before = null)
    {
        var path = Path.Combine(directory, name);
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var ws = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var r in (before ?? []).Append(Headers.Cast<object?>().ToArray()).Concat(rows))
        {
            var row = new Row();
            foreach (var v in r)
            {
                row.Append(v switch
                {
                    null => new Cell(),
                    int or double or long => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(v, CultureInfo.InvariantCulture)) },
                    _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!)) },
                });
            }

            data.Append(row);
        }

        ws.Worksheet = new Worksheet(data);
        wb.Workbook.AppendChild(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = wb.GetIdOfPart(ws) }));
        return path;
    }

    public static string Csv(string directory, IEnumerable<object?[]> rows, Encoding encoding, string name = "roster.csv")
    {
        var path = Path.Combine(directory, name);
        var sb = new StringBuilder();
        foreach (var r in new[] { Headers.Cast<object?>().ToArray() }.Concat(rows))
        {
            sb.Append(string.Join(',', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))).Append("\r\n");
        }

        File.WriteAllBytes(path, encoding.GetBytes(sb.ToString()));
        return path;
    }

    /// <summary>A tiny .xlsx-looking zip that inflates to <paramref name="megabytes"/> MB of zeros.</summary>
    public static string ZipBomb(string directory, int megabytes, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        var path = Path.Combine(directory, "bomb.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
        {
            w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }

        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < megabytes; i++)
        {
            sheet.Write(zeros);
        }

        return path;
    }
}
