using System.IO.Compression;
using System.Text;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;

namespace Dangjian.Core.Tests.Drills;

/// <summary>One generated malformed file: its kind (for the counts), the name it is uploaded under, its bytes.</summary>
public sealed record FuzzFile(string Kind, string Name, byte[] Bytes);

/// <summary>
/// Deterministic malformed uploads (same seed, same files): damaged workbooks, zips with the wrong entries, XML bombs,
/// OLE-headed garbage, odd CSVs, .docx variants, empty files. Built around one small valid roster.
/// </summary>
public static class FuzzCorpus
{
    public const int Seed = 20261204;
    private static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "入党时间", "学历", "联系电话"];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static byte[] ValidRoster()
    {
        using var stream = new MemoryStream();
        var rows = Enumerable.Range(1, 30).Select(i =>
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(i * 211);
            var sex = i % 2 == 0 ? Sex.Male : Sex.Female;
            return new string?[] { "测试" + i, sex == Sex.Male ? "男" : "女", birth.ToString("yyyy-MM-dd"), FictionalResidentId.Create("990505", birth, sex, i), "2001-07-01", "高中", "1380000" + i.ToString("0000") };
        });
        XlsxStreamWriter.WriteAsync(stream, "Sheet1", Headers, rows.ToAsyncEnumerable()).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    /// <summary>At least <paramref name="count"/> files, in a fixed order of kinds.</summary>
    public static IEnumerable<FuzzFile> Generate(int count = 5000)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var random = new Random(Seed);
        var valid = ValidRoster();
        var csv = Encoding.UTF8.GetBytes(string.Join(",", Headers) + "\n张三,男,1970-01-01,990505197001010011,2001-07-01,高中,13800001234\n");
        var per = count / 9 + 1;
        for (var i = 0; i < per * 2; i++)
        {
            yield return new FuzzFile("xlsx-truncated", "名册.xlsx", valid[..random.Next(0, valid.Length)]);
        }

        for (var i = 0; i < per * 2; i++)
        {
            yield return new FuzzFile("xlsx-bit-flipped", "名册.xlsx", Flip(valid, random, 1 + random.Next(8)));
        }

        for (var i = 0; i < per; i++)
        {
            yield return new FuzzFile("xlsx-wrong-entries", "名册.xlsx", WrongEntries(random, i));
        }

        for (var i = 0; i < per / 5; i++)
        {
            yield return new FuzzFile("xlsx-xml-bomb", "名册.xlsx", XmlBomb(i));
        }

        for (var i = 0; i < per; i++)
        {
            yield return new FuzzFile("xls-ole-garbage", "名册.xls", [.. Ole, .. Bytes(random, random.Next(0, i % 10 == 0 ? 70_000 : 4096))]);
        }

        for (var i = 0; i < per * 2; i++)
        {
            yield return new FuzzFile("csv-odd", "名册.csv", OddCsv(random, i, csv));
        }

        for (var i = 0; i < per; i++)
        {
            yield return new FuzzFile("docx-variant", i % 3 == 0 ? "会议记录.xlsx" : "会议记录.docx", i % 2 == 0 ? Flip(Docx(), random, 1 + random.Next(4)) : Docx()[..random.Next(0, Docx().Length)]);
        }

        foreach (var name in new[] { "名册.xlsx", "名册.xls", "名册.csv", "会议记录.docx", "名册", "名册.XLSX" })
        {
            yield return new FuzzFile("empty", name, []);
            yield return new FuzzFile("empty", name, [0]);
            yield return new FuzzFile("empty", name, "PK\u0003\u0004"u8.ToArray());
        }
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Flip(byte[] source, Random random, int flips)
    {
        var copy = source.ToArray();
        for (var i = 0; i < flips; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static readonly byte[] ContentTypes = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");

    private static readonly byte[] Rels = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");

    private static readonly byte[] Workbook = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
        "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");

    private static readonly byte[] WorkbookRels = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");

    private static byte[] Sheet(string body) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + body + "</sheetData></worksheet>");

    private static byte[] Package(byte[] sheet) => Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels),
        ("xl/workbook.xml", Workbook), ("xl/_rels/workbook.xml.rels", WorkbookRels), ("xl/worksheets/sheet1.xml", sheet));

    private static byte[] WrongEntries(Random random, int i) => (i % 8) switch
    {
        0 => Zip(("[Content_Types].xml", ContentTypes)),
        1 => Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels)),
        2 => Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels), ("xl/workbook.xml", Workbook)),
        3 => Package(Bytes(random, random.Next(1, 2000))),
        4 => Package(Sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + random.Next() + "</v></c></row>")),
        5 => Package(Sheet("<row r=\"-5\"><c r=\"ZZZZZZZ99999999\" t=\"n\"><v>abc</v></c></row><row r=\"1048577\"><c r=\"A1\" t=\"d\"><v>x</v></c></row>")),
        6 => Package(Sheet(new string('<', random.Next(1, 500)) + "row")),
        _ => Zip(("[Content_Types].xml", Bytes(random, 100)), ("xl/workbook.xml", Bytes(random, 300))),
    };

    // Billion laughs (internal entities), an external entity, and a deep nesting — in the sheet or in the workbook.
    private static byte[] XmlBomb(int i)
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var n = 1; n <= 9; n++)
        {
            laughs.Append($"<!ENTITY lol{n} \"{string.Concat(Enumerable.Repeat($"&lol{(n == 1 ? "" : (n - 1).ToString())};", 10))}\">");
        }

        laughs.Append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        var bomb = Encoding.UTF8.GetBytes(laughs.ToString());
        var external = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>");
        return (i % 4) switch
        {
            0 => Package(bomb),
            1 => Package(external),
            2 => Package(Sheet(string.Concat(Enumerable.Repeat("<row>", i % 40 == 2 ? 100_000 : 2_000)))),
            _ => Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels), ("xl/workbook.xml", bomb), ("xl/_rels/workbook.xml.rels", WorkbookRels), ("xl/worksheets/sheet1.xml", bomb)),
        };
    }

    private static byte[] OddCsv(Random random, int i, byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        return (i % 10) switch
        {
            0 => Encoding.GetEncoding("GB18030").GetBytes(text),
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            2 => [0xEF, 0xBB, 0xBF, .. valid],
            3 => Encoding.UTF8.GetBytes("姓名,\"身份证号\n\"\"张三,\"\"\"" + new string('"', random.Next(1, 50)) + "\n1,2"),
            4 => Encoding.UTF8.GetBytes("姓名,身份证号\n" + new string('甲', (i % 500 == 4 ? 300_000 : 2_000) + random.Next(1000)) + "," + new string('9', 1000) + "\n"),
            5 => [.. valid, .. Bytes(random, 200).Select(b => b == 0 ? (byte)1 : b)],
            6 => Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(0, (i % 500 == 6 ? 5000 : 100) + random.Next(100)).Select(n => "列" + n)) + "\n" + string.Join(",", Enumerable.Repeat("1", i % 500 == 6 ? 9000 : 300))),
            7 => Encoding.UTF8.GetBytes(text.Replace("\n", "\r")),
            8 => [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, .. valid, 0xF0, 0x28, 0x8C, 0xBC],
            _ => [.. valid[..random.Next(valid.Length)], 0, 0, .. Bytes(random, 64)],
        };
    }

    private static byte[]? docx;

    private static byte[] Docx() => docx ??= Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
        ("word/document.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>三会一课记录</w:t></w:r></w:p></w:body></w:document>")));
}
