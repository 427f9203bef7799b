using System.Globalization;
using Dangjian.Core.Meetings.Ledger;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>
/// Writes a <see cref="MeetingLedgerBook"/> as the paper 台账 upper-level inspections ask for, in the 公文 page of
/// <see cref="GongwenPage"/>: title, the year's summary by kind, one table per meeting in date order, then the 制表 lines.
/// </summary>
public static class MeetingLedgerDocx
{
    public const string EntryFirstLabel = "会议时间";

    public static string Title(MeetingLedgerBook ledger) => $"{PartyOrgTitle.Of(ledger.OrganizationName)}{ledger.Year}年“三会一课”台账";

    public static byte[] ToBytes(MeetingLedgerBook ledger)
    {
        using var stream = new MemoryStream();
        Write(ledger, stream);
        return stream.ToArray();
    }

    public static void Write(MeetingLedgerBook ledger, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        GongwenPage.AddStyles(main);
        // the title in two lines, the organization's full name above the year, as 台账 covers are set
        var body = new Body(
            Blank(),
            GongwenPage.Paragraph(PartyOrgTitle.Of(ledger.OrganizationName), GongwenLayout.TitleFont, GongwenLayout.TitleSize, JustificationValues.Center),
            GongwenPage.Paragraph($"{ledger.Year}年“三会一课”台账", GongwenLayout.TitleFont, GongwenLayout.TitleSize, JustificationValues.Center),
            Blank(),
            Heading("一、全年开展情况"),
            LedgerTables.Summary(ledger.Summary));
        if (ledger.YearInProgress)
        {
            body.Append(Body($"注：{ledger.Year}年尚未结束，“全年应开”按全年计算，“未达标”只计截至制表日期已结束的周期（月、季度、年）。"));
        }

        body.Append(Heading("二、会议记录"));
        if (ledger.Entries.Count == 0)
        {
            body.Append(Body($"{ledger.Year}年没有会议记录。"));
        }

        foreach (var (entry, i) in ledger.Entries.Select((e, i) => (e, i)))
        {
            var caption = GongwenPage.Paragraph($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {GongwenDocument.DateText(entry.HeldOn)} {entry.KindText}",
                GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Left);
            caption.ParagraphProperties!.PrependChild(new KeepNext());
            body.Append(caption);
            body.Append(LedgerTables.Entry(entry));
        }

        body.Append(Blank());
        body.Append(GongwenPage.Paragraph($"制表单位：{PartyOrgTitle.Of(ledger.OrganizationName)}", GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Right, signature: true));
        body.Append(GongwenPage.Paragraph($"制表日期：{GongwenDocument.DateText(ledger.MadeOn)}", GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Right, signature: true));
        body.Append(GongwenPage.Section(GongwenPage.AddPageNumberFooter(main)));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Blank() => GongwenPage.Paragraph("", GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Left);

    private static Paragraph Heading(string text) =>
        GongwenPage.Paragraph(text, GongwenLayout.HeadingFont, GongwenLayout.BodySize, JustificationValues.Both, indent: true);

    private static Paragraph Body(string text) =>
        GongwenPage.Paragraph(text, GongwenLayout.BodyFont, GongwenLayout.BodySize, JustificationValues.Both, indent: true);
}
