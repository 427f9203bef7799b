using System.IO.Compression;
using Dangjian.Core.Members.Export;
using Dangjian.Core.Members.Import;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public class ExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("张三", "张三")]
    [InlineData("a=b", "a=b")]
    [InlineData(null, "")]
    public void Formula_triggers_are_escaped(string? value, string expected) => SpreadsheetText.Escape(value).ShouldBe(expected);

    [Fact]
    public async Task Streamed_xlsx_reads_back_with_inline_strings_and_escaped_formulas()
    {
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = File.Create(path))
            {
                var count = await XlsxStreamWriter.WriteAsync(file, "党员名册", ["姓名", "备注"], Rows());
                count.ShouldBe(3);
            }

            using (var zip = ZipFile.OpenRead(path))
            {
                using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
                var xml = await sheet.ReadToEndAsync();
                xml.ShouldContain("t=\"inlineStr\"");
                xml.ShouldNotContain("<x:f>");
                xml.ShouldNotContain("<f>");
            }

            using var reader = RosterReader.Open(path, RosterFormat.Xlsx);
            reader.Headers.ShouldBe(["姓名", "备注"]);
            var rows = reader.Rows().Select(r => r.Cells.Select(RosterReader.Text).ToArray()).ToList();
            rows.Count.ShouldBe(3);
            rows[0].ShouldBe(["张三", "'=1+1"]);
            rows[1].ShouldBe(["李四", null]);
            rows[2].ShouldBe(["王五", "前后空格"]);
        }
        finally
        {
            File.Delete(path);
        }

        static async IAsyncEnumerable<string?[]> Rows()
        {
            await Task.Yield();
            yield return ["张三", "=1+1"];
            yield return ["李四", null];
            yield return ["王五", "前后空格"];
        }
    }
}
