using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>Drafts keep figures linked: edits keep tokens, changed records mark sentences stale, a submitted draft is frozen.</summary>
public sealed class ReportDraftTests
{
    private const int Year = 2025;
    private static readonly DateOnly Today = new(2026, 1, 10);

    private static async Task<(ReportWorld World, ReportDrafts Drafts, ReportDraft Draft)> ArrangeAsync()
    {
        var world = await ReportWorld.CreateAsync(villages: 2);
        world.Meetings(Year, MeetingKind.TownshipCommitteeMeeting, 12, world.Township);
        await world.WorkAsync(Year, "research", 6);
        var drafts = new ReportDrafts(world.Db, new FixedClock(new DateTime(2026, 1, 10, 1, 0, 0, DateTimeKind.Utc)));
        return (world, drafts, await drafts.ComposeAsync(world.Township, Year, null, "secretary"));
    }

    [Fact]
    public async Task A_changed_record_marks_only_the_sentences_of_its_figure_stale()
    {
        var (world, _, draft) = await ArrangeAsync();
        await using var _w = world;
        draft.Figures.Single(f => f.IndicatorId == "fig:meetings.committee").Text.ShouldBe("12次");
        (await RenderedReport.RenderAsync(world.Db, draft, world.Township, Today)).StaleSentences.ShouldBe(0);

        world.Meetings(Year, MeetingKind.TownshipCommitteeMeeting, 1, world.Township);
        await world.Db.SaveChangesAsync();
        var rendered = await RenderedReport.RenderAsync(world.Db, draft, world.Township, Today);
        var stale = rendered.Paragraphs.SelectMany(p => p.Sentences).Where(s => s.Stale).ToList();
        stale.Count.ShouldBe(1);
        stale[0].Text.ShouldContain("党委会议13次");
        rendered.PlainText().ShouldContain("党委会议13次");
    }

    [Fact]
    public async Task Edited_prose_keeps_its_figure_tokens_and_every_save_is_a_revision()
    {
        var (world, drafts, draft) = await ArrangeAsync();
        await using var _w = world;
        var paragraph = draft.Paragraphs.First(p => p.Section == ReportSection.Highlights);
        paragraph.Text.ShouldContain("{{fig:meetings.committee}}");
        var edited = paragraph.Text.Replace("始终把抓好党建作为最大政绩", "始终把党建摆在首位", StringComparison.Ordinal);
        (await drafts.SaveParagraphAsync(draft, paragraph.Id, edited, paragraph.Version, "secretary")).ShouldBeTrue();
        (await drafts.SaveParagraphAsync(draft, paragraph.Id, "过期的版本", 0, "clerk")).ShouldBeFalse("a concurrent edit must not be overwritten");
        var rendered = await RenderedReport.RenderAsync(world.Db, draft, world.Township, Today);
        rendered.PlainText().ShouldContain("始终把党建摆在首位");
        rendered.PlainText().ShouldContain("党委会议12次");
        var history = await drafts.HistoryAsync(world.Township.Id, Year);
        history.Select(h => h.Number).ShouldBe([2, 1]);
        history[0].Snapshot.ShouldContain("始终把党建摆在首位");
    }

    [Fact]
    public async Task A_submitted_draft_is_frozen_and_a_new_draft_starts_from_it()
    {
        var (world, drafts, draft) = await ArrangeAsync();
        await using var _w = world;
        await drafts.SubmitAsync(draft, "secretary");
        var paragraph = draft.Paragraphs[1];
        await Should.ThrowAsync<InvalidOperationException>(() => drafts.SaveParagraphAsync(draft, paragraph.Id, "改", paragraph.Version, "secretary"));

        world.Meetings(Year, MeetingKind.TownshipCommitteeMeeting, 2, world.Township);
        await world.Db.SaveChangesAsync();
        var frozen = await RenderedReport.RenderAsync(world.Db, draft, world.Township, Today);
        frozen.PlainText().ShouldContain("党委会议12次", customMessage: "the submitted text shows the figures it was submitted with");

        var next = (await drafts.StartFromAsync(draft, "clerk")).ShouldNotBeNull();
        (await drafts.StartFromAsync(draft, "secretary")).ShouldBeNull("a second start from the same submitted draft");
        next.State.ShouldBe(ReportState.Draft);
        next.StartedFromId.ShouldBe(draft.Id);
        var reopened = await RenderedReport.RenderAsync(world.Db, next, world.Township, Today);
        reopened.PlainText().ShouldContain("党委会议14次");
        reopened.StaleSentences.ShouldBe(1);
        (await drafts.LatestAsync(world.Township.Id, Year))!.Id.ShouldBe(next.Id);
    }

    [Fact]
    public async Task The_schema_script_inserts_the_default_work_categories()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        var rows = await world.Db.WorkCategories.Where(c => c.OrganizationId == null).OrderBy(c => c.SortOrder).ToListAsync();
        rows.Select(c => (c.Code, c.Name, c.Unit, c.QuantityMeaning, c.ParticipantUnit))
            .ShouldBe(DefaultWorkCategories.All.Select(c => (c.Code, c.Name, c.Unit, c.QuantityMeaning, c.ParticipantUnit)));
    }

    [Fact]
    public async Task Drafts_are_numbered_per_township_and_year_and_a_draft_started_from_a_submitted_one_takes_the_next_number()
    {
        var (world, drafts, first) = await ArrangeAsync();
        await using var _w = world;
        var second = await drafts.ComposeAsync(world.Township, Year, null, "clerk");
        await drafts.SubmitAsync(second, "secretary");
        var third = (await drafts.StartFromAsync(second, "clerk")).ShouldNotBeNull();
        var otherYear = await drafts.ComposeAsync(world.Township, Year - 1, null, "clerk");

        new[] { first.Number, second.Number, third.Number, otherYear.Number }.ShouldBe([1, 2, 3, 1]);
        (await drafts.HistoryAsync(world.Township.Id, Year)).First(r => r.DraftId == third.Id).Note.ShouldBe("由已提交的第2稿新建");
        (await world.Db.ReportDrafts.AsNoTracking().Where(d => d.Year == Year).OrderBy(d => d.Id).Select(d => d.Number).ToListAsync()).ShouldBe([1, 2, 3]);
    }
}
