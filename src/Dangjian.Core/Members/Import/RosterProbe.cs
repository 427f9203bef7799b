namespace Dangjian.Core.Members.Import;

/// <summary>
/// Reads a roster that passed <see cref="RosterFile.Check"/> to its end once, at upload, so a file the spreadsheet
/// reader cannot read (a damaged workbook, an .xls that is only an OLE header, an XML bomb) is refused there with one
/// Chinese sentence instead of failing later in the preview or the import.
/// </summary>
public static class RosterProbe
{
    public const string NoHeader = "文件中没有找到列名行（前 10 行都是空的）。请确认第一行（或标题行下面一行）是姓名、性别等列名。";

    public const string Unreadable = "文件已损坏或格式不正确，无法读取其中的数据。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再上传。";

    /// <summary>Null when every row reads; otherwise why not. Reads and disposes <paramref name="content"/>.</summary>
    public static string? Read(Stream content, RosterFormat format)
    {
        try
        {
            using var reader = RosterReader.Open(content, format);
            if (reader.Headers.Count == 0)
            {
                return NoHeader;
            }

            foreach (var row in reader.Rows())
            {
                _ = row.Cells.Length;
            }

            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The readers throw many types for bad input (XmlException, InvalidDataException, ExcelDataReader's own, IndexOutOfRange…).
            return Unreadable;
        }
    }
}
