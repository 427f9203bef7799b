using Dangjian.Core.Documents;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>The duty report as LibreOffice prints it: 28 ± 1 characters on full body lines, 22 lines on full pages, signed.</summary>
public sealed class ReportPrintTests
{
    [Fact]
    public async Task The_printed_report_has_28_characters_a_line_and_22_lines_a_page()
    {
        if (!PrintedLayout.ToolsPresent())
        {
            (Environment.GetEnvironmentVariable("CI") == "true").ShouldBeFalse("CI must have LibreOffice (soffice) and poppler (pdftotext)");
            Assert.Skip("LibreOffice or pdftotext is not installed");
        }

        await using var world = await Seed000ReportTests.BuildAsync();
        // 23:30 UTC on 15 January is 16 January in Beijing: the date under the signature.
        var drafts = new ReportDrafts(world.Db, new FixedClock(new DateTime(2024, 1, 15, 23, 30, 0, DateTimeKind.Utc)));
        var draft = await drafts.ComposeAsync(world.Township, 2023, "打造党建特色品牌。深入挖掘红色文化资源", "clerk");
        var rendered = await RenderedReport.RenderAsync(world.Db, draft, world.Township, new DateOnly(2024, 1, 16));
        var path = Path.Combine(ReportDocxTests.DocumentsFolder, "report-seed000-printed.docx");
        await using (var file = File.Create(path))
        {
            ReportDocxWriter.Write(rendered, ReportSignature.Of(draft, world.Township), file);
        }

        var printed = await PrintedLayout.OfAsync(path);
        var lengths = printed.FullLineLengths.ToList();
        lengths.Count.ShouldBeGreaterThanOrEqualTo(5);
        lengths.ShouldAllBe(n => n >= 27 && n <= 29, $"characters on full lines: {string.Join(",", lengths)}");
        printed.Pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        // full pages: those after the title page and before the page of the last body line (the signature block is kept
        // together, so the last body page may end short when the block moves on)
        var lastBody = printed.Pages.ToList().FindLastIndex(p => p.Any(l => l.Contains("红色文化资源", StringComparison.Ordinal)));
        lastBody.ShouldBeGreaterThan(1);
        printed.Pages.Take(lastBody).Skip(1).Select(p => p.Count).ShouldAllBe(n => n == GongwenLayout.LinesPerPage);
        printed.Pages[^1].TakeLast(3).Select(l => l.Replace(" ", "", StringComparison.Ordinal)).ShouldBe(["某镇党委", $"书记：{ReportWorld.Secretary}", "2024年1月16日"]);
    }
}
