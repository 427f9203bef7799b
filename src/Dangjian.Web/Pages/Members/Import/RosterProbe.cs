using Dangjian.Core.People.Import;

namespace Dangjian.Web.Pages.Members.Import;

/// <summary>
/// Reads an uploaded roster through once before it is accepted: a file that passes the format check but that the
/// spreadsheet reader cannot read (a damaged workbook, a zip that is no workbook) is refused in Chinese beside the
/// upload instead of failing later on the mapping page.
/// </summary>
public static class RosterProbe
{
    public static string? Problem(string path, RosterFormat format)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = RosterReader.Open(file, format);
            if (reader.Headers.Count == 0)
            {
                return "文件中没有找到列名行（前 10 行都是空的）。请确认第一行（或标题行下面一行）是姓名、性别等列名。";
            }

            _ = reader.Rows().Count();
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // The reader throws many kinds (zip, XML, header, format errors); to the user they all mean a damaged file.
            return "文件已损坏或不是有效的名册，无法读取。请在 Excel 或 WPS 中打开后“另存为” .xlsx 或 CSV 再上传。";
        }
    }
}
