using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Documents;
using Dangjian.Core.Loop.Inspections;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class BulletinDocumentTests
{
    public static string DocumentsFolder()
    {
        var root = Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.Combine(Path.GetTempPath(), "dangjian-artifacts");
        return Directory.CreateDirectory(Path.Combine(root, "documents")).FullName;
    }

    [Fact]
    public void A_bulletin_is_written_in_the_gongwen_layout_and_reads_back()
    {
        var facts = new BulletinFacts("青石镇党委", 2026, 3,
            [new InspectionLine("三会一课落实情况", InspectionKind.RandomDraw, 1, new(2026, 3, 15), 4)],
            [new FindingLine("东坪村党支部", "党员大会记录缺少表决情况"), new FindingLine("西沟村党支部", "主题党日未按月开展")],
            ItemsTotal: 6, ItemsSignedOff: 4, ItemsOverdue: 1, OverdueOrganizations: ["西沟村党支部"], Through: "3月底");
        var bulletin = new Bulletin
        {
            OrganizationId = 1, Year = 2026, Month = 3, Number = 3, IssuedOn = new(2026, 3, 31),
            Title = BulletinDraft.Title(facts), Text = BulletinDraft.Compose(facts),
        };
        var bytes = GongwenWriter.ToBytes(BulletinDraft.Document(bulletin, facts.Issuer));
        File.WriteAllBytes(Path.Combine(DocumentsFolder(), "bulletin-2026-3.docx"), bytes);

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        paragraphs.ShouldContain("关于2026年3月基层党建工作督查情况的通报");
        paragraphs.ShouldContain(p => p.StartsWith("2026年第3期", StringComparison.Ordinal));
        paragraphs.Where(p => p.Length > 2 && "一二三四".Contains(p[0]) && p[1] == '、')
            .ShouldBe(["一、督查基本情况", "二、发现的主要问题", "三、整改落实情况", "四、下一步工作要求"]);
        paragraphs.ShouldContain("一是东坪村党支部：党员大会记录缺少表决情况。");
        paragraphs.ShouldContain(p => p.Contains("已销号4件，销号率66.7%", StringComparison.Ordinal));
        paragraphs[^1].ShouldBe("2026年3月31日");

        var title = body.Elements<Paragraph>().Single(p => p.InnerText == bulletin.Title);
        var run = title.Descendants<RunProperties>().Single();
        run.GetFirstChild<FontSize>()!.Val!.Value.ShouldBe("44");
        run.GetFirstChild<RunFonts>()!.EastAsia!.Value.ShouldBe(GongwenWriter.TitleFont);
        var text = body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("一是", StringComparison.Ordinal)).Descendants<RunProperties>().Single();
        text.GetFirstChild<FontSize>()!.Val!.Value.ShouldBe("32");
        text.GetFirstChild<RunFonts>()!.Ascii!.Value.ShouldBe(GongwenWriter.BodyFont);

        var addressee = body.Elements<Paragraph>().Single(p => p.InnerText == "各党支部：");
        (addressee.ParagraphProperties!.Indentation!.FirstLine?.Value).ShouldBeNull();
        body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("一是", StringComparison.Ordinal)).ParagraphProperties!.Indentation!.FirstLine!.Value.ShouldBe("630"); // two characters of the 28-a-line pitch (15.75 pt)

        var section = body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        ((int)size.Width!.Value, (int)size.Height!.Value).ShouldBe((11906, 16838));
        var margin = section.GetFirstChild<PageMargin>()!;
        (margin.Top!.Value, margin.Bottom!.Value, (int)margin.Left!.Value, (int)margin.Right!.Value).ShouldBe((2098, 1984, 1587, 1474));
    }
}
