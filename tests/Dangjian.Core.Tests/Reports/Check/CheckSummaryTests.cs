using Dangjian.Core.Reports.Check;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;

namespace Dangjian.Core.Tests.Reports.Check;

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

    [Fact]
    public async Task Checked_against_records_the_summary_has_each_figures_verdict_and_the_records_value()
    {
        var result = ReportChecker.Check("全年召开党委会议12次，发展党员3名，新建文化广场2处。", 2023);
        result.Figures.Count.ShouldBe(3);
        IReadOnlyList<CheckedFigure> against =
        [
            new(result.Figures[0], RecordVerdict.Differs, "meetings.committee", "11次"),
            new(result.Figures[1], RecordVerdict.Match, "members.developed", "3名"),
            new(result.Figures[2], RecordVerdict.Unmatched, Candidates: ["文化广场", "新建文化广场"]),
        ];
        using var stream = new MemoryStream();
        await CheckSummary.WriteXlsxAsync(stream, CheckSummary.Rows("a.txt", result, against), TestContext.Current.CancellationToken);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Descendants<Text>().Select(t => t.Text).ToList()).ToList();
        rows[0][10..].ShouldBe(["核对结果", "记录数值"]);
        rows[1][5..].ShouldBe(["全年召开党委会议", "12", "次", "", "", "与记录不符", "11次"]);
        rows[2][10..].ShouldBe(["与记录一致", "3名"]);
        rows[3][9..].ShouldBe(["可能对应：文化广场、新建文化广场", "未对应", ""]);
    }
}
