using Dangjian.Core.Documents;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>The seed-000 report as a stored draft, written as .docx in the 公文 layout and read back with OpenXml.</summary>
public sealed class ReportDocxTests
{
    public static string DocumentsFolder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.Combine(Path.GetTempPath(), "dangjian-artifacts");
            return Directory.CreateDirectory(Path.Combine(root, "documents")).FullName;
        }
    }

    [Fact]
    public async Task The_docx_has_the_gongwen_layout_and_every_paragraph_of_the_draft()
    {
        await using var world = await Seed000ReportTests.BuildAsync();
        var drafts = new ReportDrafts(world.Db, new FixedClock(new DateTime(2024, 1, 15, 2, 0, 0, DateTimeKind.Utc)));
        var draft = await drafts.ComposeAsync(world.Township, 2023, "打造党建特色品牌。深入挖掘红色文化资源", "clerk");
        var rendered = await RenderedReport.RenderAsync(world.Db, draft, world.Township, new DateOnly(2024, 1, 15));
        var path = Path.Combine(DocumentsFolder, "report-seed000.docx");
        await using (var file = File.Create(path))
        {
            ReportDocxWriter.Write(rendered, ReportSignature.Of(draft, world.Township), file);
        }

        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".txt"), rendered.PlainText());
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs[0].ShouldBe("某镇党委书记2023年度抓基层党建工作述职报告");
        paragraphs.ShouldContain("一、履职工作特色和亮点");
        paragraphs.ShouldContain("二、存在问题及原因");
        paragraphs.ShouldContain("三、下一步工作思路和措施");
        paragraphs.ShouldContain(p => p.Contains("党委会议25次", StringComparison.Ordinal));
        paragraphs.ShouldContain(p => p.Contains("打造党建特色品牌。", StringComparison.Ordinal));
        paragraphs.ShouldNotContain(p => p.Contains("{{", StringComparison.Ordinal));

        var section = body.GetFirstChild<SectionProperties>()!;
        section.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe((uint)GongwenLayout.Mm(210));
        var margin = section.GetFirstChild<PageMargin>()!;
        margin.Top!.Value.ShouldBe(GongwenLayout.Mm(37));
        margin.Left!.Value.ShouldBe((uint)GongwenLayout.Mm(28));
        var titleRun = body.Elements<Paragraph>().First().Descendants<RunProperties>().Single();
        titleRun.FontSize!.Val!.Value.ShouldBe("44");
        titleRun.RunFonts!.EastAsia!.Value.ShouldBe("方正小标宋简体");
        var bodyRun = body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("根据", StringComparison.Ordinal)).Descendants<RunProperties>().Single();
        bodyRun.FontSize!.Val!.Value.ShouldBe("32");
        bodyRun.RunFonts!.Ascii!.Value.ShouldBe("仿宋_GB2312");
        var grid = section.GetFirstChild<DocGrid>()!;
        grid.LinePitch!.Value.ShouldBe(GongwenLayout.LinePitch);
        var advance = 16 + bodyRun.GetFirstChild<Spacing>()!.Val!.Value / 20.0;
        ((int)((GongwenLayout.PageWidth - GongwenLayout.MarginLeft - GongwenLayout.MarginRight) / 20.0 / advance)).ShouldBe(28);
        paragraphs[^3..].ShouldBe(["某镇党委", $"书记：{ReportWorld.Secretary}", "2024年1月15日"]);
        body.Elements<Paragraph>().Last().ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Right);
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        footer.InnerText.ShouldContain("PAGE");
        section.GetFirstChild<FooterReference>()!.Id!.Value.ShouldBe(document.MainDocumentPart.GetIdOfPart(document.MainDocumentPart.FooterParts.Single()));
        (GongwenLayout.LinePitch * GongwenLayout.LinesPerPage).ShouldBeLessThanOrEqualTo(GongwenLayout.PageHeight - GongwenLayout.MarginTop - GongwenLayout.MarginBottom);
    }
}

/// <summary>A clock that stands still.</summary>
public sealed class FixedClock(DateTime utc) : TimeProvider
{
    public DateTime Now { get; set; } = utc;

    public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
}
