using System.IO.Compression;
using System.Security.Cryptography;
using Dangjian.Core.Members.Import;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public sealed class RosterFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("dangjian-roster-").FullName;
    private readonly ImportOptions limits = new();

    public void Dispose() => Directory.Delete(dir, true);

    private string? Check(string path, string? name = null, ImportOptions? options = null)
    {
        using var s = File.OpenRead(path);
        return RosterFile.Check(s, name ?? Path.GetFileName(path), options ?? limits, out _);
    }

    [Fact]
    public void A_real_xlsx_passes_and_its_format_is_known()
    {
        var path = TestFiles.Xlsx(dir, [TestFiles.Row(1, "张三")]);
        using var s = File.OpenRead(path);
        RosterFile.Check(s, "名册.XLSX", limits, out var format).ShouldBeNull();
        format.ShouldBe(RosterFormat.Xlsx);
    }

    [Fact]
    public void Other_extensions_are_refused()
    {
        var path = TestFiles.Xlsx(dir, [TestFiles.Row(1, "张三")]);
        Check(path, "名册.docx").ShouldBe("只能上传 Excel 工作簿（.xlsx、.xls）或 CSV 文件（.csv）。");
        Check(path, "名册").ShouldNotBeNull();
    }

    [Fact]
    public void Content_must_match_the_extension()
    {
        var text = Path.Combine(dir, "fake.xlsx");
        File.WriteAllText(text, "姓名,性别\n张三,男\n");
        Check(text)!.ShouldContain("文件内容与扩展名 .xlsx 不符");

        var xls = Path.Combine(dir, "fake.xls");
        File.WriteAllText(xls, "not an OLE file");
        Check(xls)!.ShouldContain("文件内容与扩展名 .xls 不符");

        var ole = Path.Combine(dir, "real.xls");
        File.WriteAllBytes(ole, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]);
        Check(ole).ShouldBeNull();

        var zipWithoutContentTypes = Path.Combine(dir, "plain.xlsx");
        using (var zip = ZipFile.Open(zipWithoutContentTypes, ZipArchiveMode.Create))
        {
            using var w = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            w.Write("hello");
        }

        Check(zipWithoutContentTypes)!.ShouldContain("不符");

        var binaryCsv = Path.Combine(dir, "binary.csv");
        File.WriteAllBytes(binaryCsv, RandomNumberGenerator.GetBytes(1000).Select(b => b == 0 ? (byte)0 : b).Prepend((byte)0).ToArray());
        Check(binaryCsv)!.ShouldContain("不是有效的 CSV");

        var empty = Path.Combine(dir, "empty.csv");
        File.WriteAllBytes(empty, []);
        Check(empty).ShouldBe("上传的文件是空的。");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_parsing()
    {
        var bomb = TestFiles.ZipBomb(dir, 40);
        new FileInfo(bomb).Length.ShouldBeLessThan(1024 * 1024);
        Check(bomb)!.ShouldContain("文件解压后的大小异常");
    }

    [Fact]
    public void A_zip_bomb_declaring_small_sizes_is_refused_on_what_it_really_inflates_to()
    {
        var bomb = TestFiles.ZipBomb(dir, 40);
        ForgedZip.DeclareSizes(bomb, name => name.StartsWith("xl/", StringComparison.Ordinal) ? 1000 : null);
        using (var zip = ZipFile.OpenRead(bomb))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Length.ShouldBe(1000); // what the zip says about itself
        }

        Check(bomb)!.ShouldStartWith("文件解压后的大小异常（超过 3 MB，是上传文件的 100 倍以上）");
    }

    [Fact]
    public void A_zip_whose_declared_sizes_differ_from_its_content_is_refused_as_damaged()
    {
        var path = TestFiles.Xlsx(dir, [TestFiles.Row(1, "张三")]);
        ForgedZip.DeclareSizes(path, name => name.EndsWith("sheet1.xml", StringComparison.Ordinal) ? 10 : null);

        Check(path).ShouldBe("文件已损坏或结构异常（压缩包内记录的大小与实际内容不符），系统无法读取。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再上传。");
    }

    [Fact]
    public void Too_much_uncompressed_data_is_refused_even_at_a_low_ratio()
    {
        var path = Path.Combine(dir, "big.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                w.Write("<Types/>");
            }

            using var s = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.NoCompression).Open();
            s.Write(RandomNumberGenerator.GetBytes(3 * 1024 * 1024));
        }

        Check(path).ShouldBeNull();
        Check(path, options: new ImportOptions { MaxUncompressedBytes = 2 * 1024 * 1024 })!.ShouldContain("文件解压后的大小异常");
    }

    [Fact]
    public void Files_over_the_limit_are_refused_in_chinese()
    {
        var path = TestFiles.Xlsx(dir, Enumerable.Range(1, 50).Select(i => TestFiles.Row(i, "张三")));
        Check(path, options: new ImportOptions { MaxUploadBytes = 1024 })!.ShouldStartWith("文件太大");
    }
}
