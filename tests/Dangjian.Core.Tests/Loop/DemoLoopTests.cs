using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Documents;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class DemoLoopTests : DemoTownshipDatabase
{
    [Fact]
    public async Task The_demo_township_has_a_plausible_year_of_the_loop()
    {
        await using var db = Open();
        var items = await db.RectificationItems.AsNoTracking().ToListAsync();
        items.Select(i => i.Status).Distinct().Count().ShouldBe(3, "items in every state");
        items.Count(i => RectificationStates.Of(i, Today) == RectificationState.Overdue).ShouldBeGreaterThan(0);
        items.Count(i => i.Status == RectificationStatus.SignedOff).ShouldBeGreaterThan(items.Count / 3);
        items.Select(i => i.Source).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        (await db.RectificationStatusChanges.CountAsync()).ShouldBeGreaterThan(items.Count);

        var inspections = await db.Inspections.AsNoTracking().Include(i => i.Targets).ToListAsync();
        inspections.Count.ShouldBe(3);
        var draw = inspections.Single(i => i.Kind == InspectionKind.RandomDraw);
        RandomDraw.Pick(draw.DrawSeed!.Value, RandomDraw.SplitNames(draw.InspectorCandidates), 3).ShouldBe(RandomDraw.SplitNames(draw.Inspectors));
        draw.Targets.Select(t => t.OrganizationId).Order().ShouldBe(RandomDraw.Pick(draw.DrawSeed.Value, RandomDraw.SplitIds(draw.TargetCandidates), 5).Order());

        var numbers = await db.Bulletins.Where(b => b.Year == Today.Year).OrderBy(b => b.Month).Select(b => b.Number).ToListAsync();
        numbers.ShouldBe(Enumerable.Range(1, numbers.Count).Select(n => (int?)n).ToList());
        var rate = FulfilmentRate.Of(db.Commitments, Today);
        rate.Percent!.Value.ShouldBeInRange(60, 98);
        (await db.Talks.SumAsync(t => t.People)).ShouldBeGreaterThan(await db.Talks.CountAsync());
        (await db.ServiceRecords.CountAsync()).ShouldBeGreaterThan(0);
        (await db.KeyTaskAssignments.CountAsync(a => a.CompletedOn == null && a.Task!.DueOn < Today)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_first_bulletin_of_the_year_reads_back_from_its_draft_text()
    {
        await using var db = Open();
        var bulletin = await db.Bulletins.AsNoTracking().Include(b => b.Organization).Where(b => b.Number != null).OrderByDescending(b => b.Year).ThenByDescending(b => b.Number).FirstAsync();
        bulletin.Text.ShouldContain("三、整改落实情况");
        var bytes = GongwenWriter.ToBytes(BulletinDraft.Document(bulletin, bulletin.Organization!.Name));
        File.WriteAllBytes(Path.Combine(BulletinDocumentTests.DocumentsFolder(), "bulletin-demo.docx"), bytes);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        word.MainDocumentPart!.Document.Body!.InnerText.ShouldContain(bulletin.IssueLabel);
    }
}
