using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// What reading an .xlsx's first sheet needs from the rest of the package: where the sheet is, the shared strings, the
/// kind of number each cell style shows (date, duration or number) and whether dates count from 1904.
/// </summary>
internal sealed class XlsxWorkbook
{
    private XlsxWorkbook(ZipArchiveEntry? sheet, string[] sharedStrings, XlsxNumberKind[] styles, bool date1904) =>
        (Sheet, SharedStrings, Styles, Date1904) = (sheet, sharedStrings, styles, date1904);

    /// <summary>The first sheet, null when the workbook names none (it then has no rows).</summary>
    public ZipArchiveEntry? Sheet { get; }

    public string[] SharedStrings { get; }

    public XlsxNumberKind[] Styles { get; }

    public bool Date1904 { get; }

    public static XlsxWorkbook Load(ZipArchive zip)
    {
        var workbook = Find(zip, "xl/workbook.xml") ?? Find(zip, Targets(zip, "_rels/.rels", "").FirstOrDefault(t => t.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Path)
            ?? throw new InvalidDataException("no workbook");
        var folder = workbook.FullName[..(workbook.FullName.LastIndexOf('/') + 1)];
        var parts = Targets(zip, $"{folder}_rels/{workbook.Name}.rels", folder).ToList();
        string? Part(string type) => parts.FirstOrDefault(p => p.Type.EndsWith(type, StringComparison.Ordinal)).Path;

        var (sheetId, date1904) = ReadWorkbook(workbook);
        var sheet = Find(zip, parts.FirstOrDefault(p => p.Id == sheetId).Path);
        return new XlsxWorkbook(sheet, ReadSharedStrings(Find(zip, Part("/sharedStrings") ?? "xl/sharedStrings.xml")),
            ReadStyles(Find(zip, Part("/styles") ?? "xl/styles.xml")), date1904);
    }

    private static ZipArchiveEntry? Find(ZipArchive zip, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        path = path.TrimStart('/');
        return zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<(string Id, string Type, string Path)> Targets(ZipArchive zip, string relsPath, string folder)
    {
        if (Find(zip, relsPath) is not { } rels)
        {
            yield break;
        }

        using var x = XlsxXml.Open(rels);
        while (x.Read())
        {
            if (x.NodeType == XmlNodeType.Element && x.LocalName == "Relationship" && x.GetAttribute("Target") is { } target)
            {
                yield return (x.GetAttribute("Id") ?? "", x.GetAttribute("Type") ?? "", target.StartsWith('/') ? target : folder + target);
            }
        }
    }

    private static (string? SheetId, bool Date1904) ReadWorkbook(ZipArchiveEntry workbook)
    {
        using var x = XlsxXml.Open(workbook);
        var date1904 = false;
        while (x.Read())
        {
            if (x.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (x.LocalName == "workbookPr")
            {
                date1904 = x.GetAttribute("date1904") is "1" or "true";
            }
            else if (x.LocalName == "sheet")
            {
                while (x.MoveToNextAttribute())
                {
                    if (x.LocalName == "id" && x.NamespaceURI.Length > 0)
                    {
                        return (x.Value, date1904);
                    }
                }

                return (null, date1904);
            }
        }

        return (null, date1904);
    }

    private static string[] ReadSharedStrings(ZipArchiveEntry? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var x = XlsxXml.Open(part);
        x.Read();
        while (!x.EOF)
        {
            if (x.NodeType == XmlNodeType.Element && x.LocalName == "si")
            {
                strings.Add(XlsxXml.ReadItem(x));
            }
            else
            {
                x.Read();
            }
        }

        return [.. strings];
    }

    // A cell's style is an index into <cellXfs>; its numFmtId names a format of <numFmts> or a built-in one.
    private static XlsxNumberKind[] ReadStyles(ZipArchiveEntry? part)
    {
        if (part is null)
        {
            return [];
        }

        var formats = new Dictionary<int, XlsxNumberKind>();
        var styles = new List<XlsxNumberKind>();
        using var x = XlsxXml.Open(part);
        var inCellXfs = false;
        while (x.Read())
        {
            if (x.NodeType == XmlNodeType.EndElement && x.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
            else if (x.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            else if (x.LocalName == "numFmt" && Id(x) is { } id)
            {
                formats[id] = XlsxNumberFormat.Of(x.GetAttribute("formatCode") ?? "");
            }
            else if (x.LocalName == "cellXfs")
            {
                inCellXfs = !x.IsEmptyElement;
            }
            else if (inCellXfs && x.LocalName == "xf")
            {
                var format = Id(x) ?? 0;
                styles.Add(formats.TryGetValue(format, out var kind) ? kind : XlsxNumberFormat.BuiltIn(format));
            }
        }

        return [.. styles];

        static int? Id(XmlReader x) =>
            int.TryParse(x.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
