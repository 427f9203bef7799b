using Dangjian.Core.Documents;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Meetings.Ledger;
using Dangjian.Core.Tests.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;

namespace Dangjian.Core.Tests.Documents;

/// <summary>The 三会一课 台账 written as .docx: valid OpenXml, one record table per meeting, and as LibreOffice prints it.</summary>
public sealed class MeetingLedgerDocxTests
{
    private static readonly MeetingLedgerBook Ledger = new(
        "石桥村党支部", 2025,
        [
            new(MeetingKind.ThemeDay, "每月1次", 12, 11, 1),
            new(MeetingKind.GroupMeeting, "按需开展", null, 3, null),
        ],
        [
            new(new DateOnly(2025, 3, 14), MeetingKind.ThemeDay, false, "学习贯彻全会精神", "石桥村党员活动室", "王建国", null,
                12, 9, 2, 1, [new("李秀英", AttendanceStatus.OnLeave, "外出务工"), new("张德明", AttendanceStatus.OnLeave, "生病住院"), new("赵小军", AttendanceStatus.Absent, null)],
                "会议由王建国主持。\u0001粘贴进来的控制字符𠀀", new DateTime(2025, 3, 15, 9, 30, 0), "王建国", false),
            new(new DateOnly(2025, 12, 26), MeetingKind.OrgLifeMeeting, true, "年度组织生活会", null, "王建国", "王建国",
                12, 12, 0, 0, [], null, new DateTime(2026, 1, 2, 8, 5, 0), "青石镇党建办", true),
        ],
        new DateOnly(2026, 1, 5));

    [Fact]
    public void The_ledger_is_valid_openxml_with_a_record_table_per_meeting_and_the_absent_by_name()
    {
        var path = Write("meeting-ledger-core.docx");
        using var document = WordprocessingDocument.Open(path, false);

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs.ShouldContain("中共石桥村支部委员会");
        paragraphs.ShouldContain("2025年“三会一课”台账");
        paragraphs.ShouldContain("制表日期：2026年1月5日");
        var records = body.Elements<Table>().Where(t => t.Descendants<TableCell>().First().InnerText == "会议时间").ToList();
        records.Count.ShouldBe(2);
        records[0].InnerText.ShouldContain("李秀英（外出务工）、张德明（生病住院）");
        records[0].InnerText.ShouldContain("赵小军");
        records[0].InnerText.ShouldContain("应到12人，实到9人，请假2人，缺席1人");
        records[0].InnerText.ShouldContain("会议由王建国主持。粘贴进来的控制字符𠀀");
        records[1].InnerText.ShouldContain("组织生活会（含民主评议党员）");
        records[1].InnerText.ShouldContain("2026-01-02 08:05 青石镇党建办（代录）");
    }

    [Fact]
    public async Task The_ledger_converts_to_pdf_and_prints_its_title_and_entries()
    {
        if (!PrintedLayout.ToolsPresent())
        {
            (Environment.GetEnvironmentVariable("CI") == "true").ShouldBeFalse("CI must have LibreOffice (soffice) and poppler (pdftotext)");
            Assert.Skip("LibreOffice or pdftotext is not installed");
        }

        var printed = await PrintedLayout.OfAsync(Write("meeting-ledger-printed.docx"));

        var text = string.Concat(printed.Pages.SelectMany(p => p)).Replace(" ", "", StringComparison.Ordinal);
        text.ShouldContain("中共石桥村支部委员会2025年“三会一课”台账");
        text.ShouldContain("李秀英（外出务工）");
        text.ShouldContain("制表日期：2026年1月5日");
    }

    private static string Write(string name)
    {
        var path = Path.Combine(ReportDocxTests.DocumentsFolder, name);
        File.WriteAllBytes(path, MeetingLedgerDocx.ToBytes(Ledger));
        return path;
    }
}
