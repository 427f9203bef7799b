using Dangjian.Core.Members.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>
/// The sheet of one-time password halves an administrator hands over after a bulk step: built in memory only (the
/// caller returns the bytes as the download), one row per account. The half is written exactly as generated: it may
/// start with "=", "+" or "@", which the usual formula escape would corrupt with an apostrophe; an inline-string cell
/// is text to Excel and WPS anyway.
/// </summary>
public static class PasswordSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IReadOnlyList<PasswordHalf> halves, bool firstHalf)
    {
        var label = PasswordSheetExport.Label(firstHalf);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(Row(["登录名", "姓名", "所属组织", label]));
            data.Append(halves.Select(h => Row([SpreadsheetText.Escape(h.UserName), SpreadsheetText.Escape(h.DisplayName), SpreadsheetText.Escape(h.Organization), h.Half])));
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Name = label, SheetId = 1, Id = workbook.GetIdOfPart(part) });
        }

        return buffer.ToArray();
    }

    private static Row Row(string[] values) =>
        new(values.Select(v => new Cell(new InlineString(new Text(v) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString }));
}
