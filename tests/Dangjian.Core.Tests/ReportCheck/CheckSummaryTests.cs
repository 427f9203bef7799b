using Dangjian.Core.ReportCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;

namespace Dangjian.Core.Tests.ReportCheck;

/// <summary>Issue #17: the lines the CLI prints and the .xlsx summary it writes on request.</summary>
public sealed class CheckSummaryTests
{
    private const string Text = "全年召开党委会议12次，，发展党员**名。";

    // Each excerpt is the finding with up to 8 characters either side.
    [Fact]
    public void Each_finding_and_figure_is_one_line()
    {
        var rows = CheckSummary.Rows("a.txt", ReportChecker.Check(Text, 2023)).ToList();
        rows.Select(r => CheckSummary.Print("a.txt", r)).ShouldBe(
        [
            "a.txt:1: [重复标点] 标点重复“，，”：请只保留一个标点。（开党委会议12次，，发展党员**名。）",
            "a.txt:1: [占位符] 占位符“**”：模板或草稿中待填写的内容没有填上，请写明实际的名称或数字。（2次，，发展党员**名。）",
            "a.txt:1: 数字 全年召开党委会议 = 12次",
        ]);
    }

    [Fact]
    public async Task The_xlsx_summary_holds_a_header_and_every_line()
    {
        using var stream = new MemoryStream();
        await CheckSummary.WriteXlsxAsync(stream, CheckSummary.Rows("a.txt", ReportChecker.Check(Text, 2023)), TestContext.Current.CancellationToken);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Descendants<Text>().Select(t => t.Text).ToList()).ToList();
        rows.Count.ShouldBe(4);
        rows[0].ShouldBe(CheckSummary.Headers);
        rows[3][5].ShouldBe("全年召开党委会议");
        rows[3][6].ShouldBe("12");
        rows[3][7].ShouldBe("次");
    }
}
