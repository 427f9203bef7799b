using Dangjian.Core.Members.Import;
using ExcelDataReader;
using Shouldly;

namespace Dangjian.Core.Tests.Members.Import;

/// <summary>
/// The .xlsx reader that replaced ExcelDataReader's for rosters and ledgers: the values it gives are those
/// ExcelDataReader gives for the same file (which still reads .xls and .csv), and it reads the sheet once.
/// </summary>
public sealed class XlsxSheetRowsTests
{
    private const string Strings =
        "<si><t>姓名</t></si><si><t xml:space=\"preserve\">  张 三  </t></si><si><r><rPr><b/></rPr><t>李</t></r><r><t xml:space=\"preserve\">四 </t></r>" +
        "<rPh sb=\"0\" eb=\"1\"><t>リ</t></rPh></si><si><t>第一行_x000D_第二行</t></si><si><t>  两端空白 </t></si>";

    private const string NumFmts = "<numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>" +
        "<numFmt numFmtId=\"177\" formatCode=\"0.00&quot;days&quot;\"/><numFmt numFmtId=\"178\" formatCode=\"[Red]0.0;[Blue]\\-0.0\"/>" +
        "<numFmt numFmtId=\"179\" formatCode=\"[h]:mm\"/><numFmt numFmtId=\"180\" formatCode=\"General;@\"/><numFmt numFmtId=\"14\" formatCode=\"0.000\"/>";

    // Styles 0–7: general, built-in date 22, custom date, quoted "days", colours, elapsed hours, general with text, 14 redefined as a number.
    private const string CellXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"22\"><alignment/></xf><xf numFmtId=\"176\"/><xf numFmtId=\"177\"/><xf numFmtId=\"178\"/>" +
        "<xf numFmtId=\"179\"/><xf numFmtId=\"180\"/><xf numFmtId=\"14\"/><xf numFmtId=\"15\"/>";

    private const string Sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>某村党员花名册</t></is></c></row>" +
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>出生日期</t></is></c><c r=\"D2\" t=\"str\"><f>1+1</f><v>备注_x0009_栏</v></c></row>" +
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" s=\"8\"><v>31048</v></c><c r=\"C3\" s=\"2\"><v>31048.5</v></c><c r=\"D3\" s=\"3\"><v>2.5</v></c>" +
        "<c r=\"E3\" s=\"4\"><v>-3</v></c><c r=\"F3\" s=\"5\"><v>1.25</v></c><c r=\"G3\" s=\"6\"><v>7</v></c><c r=\"H3\" s=\"7\"><v>31048</v></c></row>" +
        "<row r=\"6\" spans=\"1:9\"><c r=\"A6\" t=\"s\"><v>2</v></c><c r=\"B6\" t=\"b\"><v>1</v></c><c r=\"C6\" t=\"e\"><v>#N/A</v></c><c r=\"D6\" t=\"d\"><v>1985-03-12</v></c>" +
        "<c r=\"E6\" s=\"1\"><v>59</v></c><c r=\"F6\" s=\"1\"><v>61</v></c><c r=\"G6\" s=\"99\"><v>12</v></c><c r=\"I6\"><v>1.5E3</v></c></row>" +
        "<row><c t=\"s\"><v>3</v></c><c/><c t=\"s\"><v>99</v></c><c><v>abc</v></c><c t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row>" +
        "<row r=\"8\"><c r=\"B8\" t=\"s\"><v>4</v></c><c r=\"C8\" t=\"b\"><v>0</v></c><c r=\"D8\" s=\"1\"><v>0.75</v></c></row>" +
        "<row r=\"9\"/><row r=\"10\"><c r=\"A10\"><v></v></c><c r=\"B10\" t=\"inlineStr\"><is><t></t></is></c></row>";

    public static TheoryData<bool> DateSystems => [false, true];

    [Theory]
    [MemberData(nameof(DateSystems))]
    public void Every_cell_reads_as_ExcelDataReader_read_it(bool date1904)
    {
        var file = HandWrittenXlsx.Create(Sheet, Strings, NumFmts, CellXfs, date1904);

        var ours = Rows(new XlsxSheetRows(new MemoryStream(file)));
        var theirs = ExcelDataReaderRows(file);

        ours.Count.ShouldBe(theirs.Count);
        for (var r = 0; r < ours.Count; r++)
        {
            for (var c = 0; c < Math.Max(ours[r].Length, theirs[r].Length); c++)
            {
                Cell(ours[r], c).ShouldBe(Cell(theirs[r], c), $"row {r + 1}, column {c + 1}");
            }
        }

        // The cases the comparison is about, spelled out (the 1900 system).
        if (!date1904)
        {
            ours[2][1].ShouldBe(new DateTime(1985, 1, 1));
            ours[2][2].ShouldBe(new DateTime(1985, 1, 1, 12, 0, 0));
            ours[2][3].ShouldBe(2.5);
            ours[2][5].ShouldBe(TimeSpan.FromHours(30));
            ours[2][7].ShouldBe(31048d);
            ours[5][4].ShouldBe(new DateTime(1900, 2, 28));
            ours[5][5].ShouldBe(new DateTime(1900, 3, 1));
        }

        ours[1][3].ShouldBe("备注\t栏");
        ours[2][0].ShouldBe("  张 三  ");
        ours[5][0].ShouldBe("李四 ");
        ours[6][0].ShouldBe("第一行\r第二行");
        ours[6][2].ShouldBe("99"); // no such shared string
        ours[7][1].ShouldBe("  两端空白 "); // kept, as ExcelDataReader keeps it; RosterReader.Text trims
        ours[3].ShouldBeEmpty();
        ours[4].ShouldBeEmpty();
    }

    [Fact]
    public void Row_numbers_and_headers_follow_the_spreadsheet()
    {
        var file = HandWrittenXlsx.Create(Sheet, Strings, NumFmts, CellXfs);
        using var reader = RosterReader.Open(new MemoryStream(file), RosterFormat.Xlsx);

        reader.HeaderRow.ShouldBe(2);
        reader.Headers.ShouldBe(["姓名", "出生日期", "", "备注\t栏"]);
        reader.Rows().Select(r => r.RowNumber).ShouldBe([3, 6, 7, 8]);
    }

    [Fact]
    public void References_outside_the_sheet_are_read_one_after_another()
    {
        var file = HandWrittenXlsx.Create(
            "<row r=\"2000000000\"><c r=\"ZZZZZZZ99999999\" t=\"inlineStr\"><is><t>甲</t></is></c><c r=\"B\"><v>1</v></c></row>" +
            "<row r=\"-5\"><c r=\"XFD3\"><v>2</v></c></row>");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var rows = Rows(new XlsxSheetRows(new MemoryStream(file)));

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(4 * 1024 * 1024);
        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(["甲", 1d]);
        rows[1].Length.ShouldBe(16_384);
        rows[1][^1].ShouldBe(2d);
    }

    [Fact]
    public void A_duration_or_date_cell_beyond_their_range_stays_a_number()
    {
        var file = HandWrittenXlsx.Create("<row r=\"1\"><c s=\"1\"><v>1e300</v></c><c s=\"1\"><v>NaN</v></c><c s=\"2\"><v>-1e300</v></c><c s=\"1\"><v>0.5</v></c></row>",
            numFmts: "<numFmt numFmtId=\"179\" formatCode=\"[h]:mm\"/>", cellXfs: "<xf numFmtId=\"0\"/><xf numFmtId=\"179\"/><xf numFmtId=\"14\"/>");

        var row = Rows(new XlsxSheetRows(new MemoryStream(file))).ShouldHaveSingleItem();

        row[0].ShouldBe(1e300);
        row[1].ShouldBeOfType<double>().ShouldBe(double.NaN);
        row[2].ShouldBe(-1e300);
        row[3].ShouldBe(TimeSpan.FromHours(12));
    }

    [Fact]
    public void The_sheet_is_read_once()
    {
        var path = TestFiles.Xlsx(Directory.CreateTempSubdirectory("dangjian-xlsx-").FullName,
            Enumerable.Range(1, 3000).Select(n => TestFiles.Row(n, "测试" + n)));
        var bytes = File.ReadAllBytes(path);
        var counted = new CountingStream(bytes);
        using (var reader = RosterReader.Open(counted, RosterFormat.Xlsx))
        {
            reader.Rows().Count().ShouldBe(3000);
        }

        counted.BytesRead.ShouldBeLessThan(bytes.Length * 3L / 2); // ExcelDataReader read it twice: once on open to count the columns
        Directory.Delete(Path.GetDirectoryName(path)!, true);
    }

    private static object? Cell(object?[] row, int column) => column < row.Length ? row[column] : null;

    private static List<object?[]> Rows(XlsxSheetRows rows)
    {
        using (rows)
        {
            var all = new List<object?[]>();
            while (rows.Next() is { } cells)
            {
                all.Add(cells);
            }

            return all;
        }
    }

    private static List<object?[]> ExcelDataReaderRows(byte[] file)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(file));
        var all = new List<object?[]>();
        while (reader.Read())
        {
            all.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        }

        return all;
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
