using System.IO.Compression;
using System.Text;

namespace Dangjian.Core.Tests.Members.Import;

/// <summary>An .xlsx package written part by part, so a test controls every attribute of the sheet XML.</summary>
internal static class HandWrittenXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static byte[] Create(string sheetData, string sharedStrings = "", string numFmts = "", string cellXfs = "<xf numFmtId=\"0\"/>", bool date1904 = false)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", Rels(("rId1", "officeDocument", "xl/workbook.xml")));
            Add(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                $"<workbookPr date1904=\"{(date1904 ? 1 : 0)}\"/><sheets><sheet name=\"名册\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", Rels(("rId8", "worksheet", "worksheets/sheet1.xml"), ("rId7", "worksheet", "/xl/worksheets/data.xml"),
                ("rId2", "styles", "styles.xml"), ("rId3", "sharedStrings", "sharedStrings.xml")));
            Add(zip, "xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>");
            Add(zip, "xl/worksheets/data.xml", $"<worksheet xmlns=\"{Main}\"><dimension ref=\"A1\"/><sheetData>{sheetData}</sheetData><mergeCells count=\"0\"/></worksheet>");
            Add(zip, "xl/styles.xml", $"<styleSheet xmlns=\"{Main}\"><numFmts>{numFmts}</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>{cellXfs}</cellXfs></styleSheet>");
            Add(zip, "xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>");
        }

        return stream.ToArray();
    }

    private static string Rels(params (string Id, string Type, string Target)[] rels) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + string.Concat(rels.Select(r =>
            $"<Relationship Id=\"{r.Id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml));
    }
}
