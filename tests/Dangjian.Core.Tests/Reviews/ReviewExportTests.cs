using Dangjian.Core.Documents;
using Dangjian.Core.Reviews;
using Dangjian.Core.Tests.Loop;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Tests.Reviews;

public sealed class ReviewExportTests
{
    private static async Task<(ReviewWorld World, ReviewPlan Plan)> PublishedAsync()
    {
        var world = await ReviewWorld.CreateAsync();
        await world.CommitteeMeetingsAsync(world.Townships[0], 2025, 12);
        var plan = await world.OpenPlanAsync(2025, ReviewRules.Default with { BottomN = 1 });
        await world.Service.AddCommentAsync(world.Participant(plan, world.Townships[2]), "党员教育管理方式单一。", "县委书记", "county");
        await world.Service.AddCommentAsync(world.Participant(plan, world.Townships[0]), "抓党建促发展的办法不多", "组织部长", "county");
        await world.BallotsForAllAsync(plan);
        world.At(2025, 12, 28);
        await world.Service.PublishAsync(plan, "county");
        return (world, plan);
    }

    [Fact]
    public async Task The_results_table_lists_every_participant_in_rank_order()
    {
        var (world, plan) = await PublishedAsync();
        await using var _ = world;
        using var stream = new MemoryStream();
        (await world.Service.ExportResultsAsync(plan, stream)).ShouldBe(3);

        stream.Position = 0;
        using var book = SpreadsheetDocument.Open(stream, false);
        var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        rows[0].ShouldBe(ReviewResultsExport.Headers);
        rows.Skip(1).Select(r => (r[0], r[1], r[2])).ShouldBe([("1", "甲镇党委", "张明"), ("2", "乙镇党委", "李强"), ("3", "丙镇党委", "王芳")]);
        var first = plan.Participants.Single(p => p.Rank == 1);
        rows[1][3..].ShouldBe([ReviewLabels.Score(first.ObjectiveScore), ReviewLabels.Score(first.DemocraticScore), "90.00", ReviewLabels.Score(first.Total), ReviewLabels.Of(first.Grade), ""]);
        rows[1][4].ShouldBe("94.67");
        rows[3][8].ShouldBe("约谈");
        book.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value.ShouldBe("述职评议考核结果");
    }

    [Fact]
    public async Task The_bulletin_is_a_gongwen_with_ranking_grades_flagged_and_comments()
    {
        var (world, plan) = await PublishedAsync();
        await using var _ = world;
        var bytes = GongwenWriter.ToBytes(await world.Service.BulletinAsync(plan));
        await File.WriteAllBytesAsync(Path.Combine(BulletinDocumentTests.DocumentsFolder(), "review-bulletin-2025.docx"), bytes);

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        paragraphs.ShouldContain("关于2025年度抓基层党建工作述职评议考核结果的通报");
        paragraphs[1].ShouldBe("各乡镇党委：");
        paragraphs.Where(p => p.Length > 2 && "一二三四".Contains(p[0]) && p[1] == '、').ShouldBe(["一、总体情况", "二、综合排名", "三、约谈", "四、点评问题整改要求"]);
        var grades = plan.Participants.GroupBy(p => p.Grade).ToDictionary(g => g.Key!.Value, g => g.Count());
        paragraphs.ShouldContain(p => p.Contains($"评定“好”等次{grades.GetValueOrDefault(ReviewGrade.Good)}个，“较好”等次{grades.GetValueOrDefault(ReviewGrade.FairlyGood)}个", StringComparison.Ordinal));
        paragraphs.ShouldContain(p => p.StartsWith("第1名：甲镇党委（书记张明），综合得分", StringComparison.Ordinal));
        paragraphs.ShouldContain("对综合排名后1位的丙镇党委书记王芳进行约谈，督促其认真查摆问题、限期整改提升。");
        paragraphs.ShouldContain("评议中领导点评指出问题2个，已全部列为2026年度整改事项，整改期限至2026年6月30日。主要问题：");
        paragraphs.ShouldContain("一是甲镇党委：抓党建促发展的办法不多。");
        paragraphs.ShouldContain("二是丙镇党委：党员教育管理方式单一。");
        paragraphs[^2].ShouldBe("某县委");
        paragraphs[^1].ShouldBe("2025年12月28日");
        var title = body.Elements<W.Paragraph>().Single(p => p.InnerText == "关于2025年度抓基层党建工作述职评议考核结果的通报").Descendants<W.RunProperties>().Single();
        title.GetFirstChild<W.FontSize>()!.Val!.Value.ShouldBe("44");
        title.GetFirstChild<W.RunFonts>()!.EastAsia!.Value.ShouldBe(GongwenWriter.TitleFont);
        var text = body.Elements<W.Paragraph>().First(p => p.InnerText.StartsWith("第1名", StringComparison.Ordinal)).Descendants<W.RunProperties>().Single();
        text.GetFirstChild<W.FontSize>()!.Val!.Value.ShouldBe("32");
        text.GetFirstChild<W.RunFonts>()!.Ascii!.Value.ShouldBe(GongwenWriter.BodyFont);
        var margin = body.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageMargin>()!;
        (margin.Top!.Value, (int)margin.Left!.Value).ShouldBe((GongwenLayout.Mm(37), GongwenLayout.Mm(28)));
    }

    [Fact]
    public async Task No_bulletin_before_the_results_are_published()
    {
        await using var world = await ReviewWorld.CreateAsync();
        var plan = await world.OpenPlanAsync(2025);
        (await Should.ThrowAsync<ReviewRuleException>(() => world.Service.BulletinAsync(plan))).Errors.ShouldBe(["评议结果公布后才能生成通报。"]);
    }
}
