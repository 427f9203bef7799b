using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dangjian.Core.Members.Export;

/// <summary>
/// Writes one worksheet row by row with <see cref="OpenXmlWriter"/> (SAX-style: no DOM of the sheet in memory), every
/// cell an inline string passed through <see cref="SpreadsheetText.Escape"/>. The target stream must be seekable
/// (System.IO.Packaging); callers stream into a temporary file and send that.
/// </summary>
public static class XlsxStreamWriter
{
    public static async Task<int> WriteAsync(Stream output, string sheetName, IReadOnlyList<string> headers,
        IAsyncEnumerable<string?[]> rows, CancellationToken ct = default)
    {
        var count = 0;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, headers.ToArray());
            await foreach (var row in rows.WithCancellation(ct))
            {
                WriteRow(writer, row);
                count++;
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        using (var writer = OpenXmlWriter.Create(workbookPart))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            writer.WriteElement(new Sheet { Name = sheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) });
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return count;
    }

    private static readonly OpenXmlAttribute[] InlineString = [new("t", "", "inlineStr")];

    private static void WriteRow(OpenXmlWriter writer, string?[] values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            writer.WriteStartElement(new Cell(), InlineString);
            writer.WriteElement(new InlineString(new Text(SpreadsheetText.Escape(value)) { Space = SpaceProcessingModeValues.Preserve }));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
