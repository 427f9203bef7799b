using System.Text;
using ExcelDataReader;

namespace Dangjian.Core.Members.Import;

/// <summary>The first sheet of an .xls, or a .csv, through ExcelDataReader (GB18030 when a CSV has no byte order mark).</summary>
internal sealed class ExcelSheetRows : ISheetRows
{
    static ExcelSheetRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly IExcelDataReader reader;

    public ExcelSheetRows(Stream stream, RosterFormat format)
    {
        var config = new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding("GB18030") };
        reader = format == RosterFormat.Csv ? ExcelReaderFactory.CreateCsvReader(stream, config) : ExcelReaderFactory.CreateBinaryReader(stream, config);
    }

    public object?[]? Next()
    {
        if (!reader.Read())
        {
            return null;
        }

        var cells = new object?[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.GetValue(i);
        }

        return cells;
    }

    public void Dispose() => reader.Dispose();
}
