using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>A record marked 亮点 is woven into 一、 under the theme chosen for it, in the township's words; campaign names through the template.</summary>
public sealed class HighlightReportTests
{
    private const int Year = 2025;
    private static readonly DateOnly Composed = new(Year + 1, 1, 15);

    private static async Task<(ReportWorld World, Meeting Meeting)> WorldWithMeetingAsync()
    {
        var world = await ReportWorld.CreateAsync(villages: 3);
        world.Meetings(Year, MeetingKind.ThemeDay, 4);
        world.Meetings(Year, MeetingKind.TownshipCommitteeMeeting, 2, at: world.Township);
        await world.Db.SaveChangesAsync();
        var meeting = await world.Db.Meetings.Where(m => m.OrganizationId == world.Villages[1].Id).OrderBy(m => m.Id).FirstAsync();
        return (world, meeting);
    }

    private static HighlightEntry Entry(ReportWorld world) => new(world.Db, TimeProvider.System);

    private static string ThemeParagraph(ComposedReport report, string theme) =>
        report.Paragraphs.Where(p => p.Section == ReportSection.Highlights).Select(p => p.Text).Single(t => t.Contains(theme, StringComparison.Ordinal));

    [Fact]
    public async Task A_highlight_appears_under_its_theme_and_editing_it_changes_the_next_draft()
    {
        var (world, meeting) = await WorldWithMeetingAsync();
        await using var _ = world;
        var saved = await Entry(world).SaveAsync(HighlightSource.Meeting, meeting.Id,
            new HighlightDraft("education", "组织全镇党员赴袁家村开展研学活动", "第2村", "学习乡村振兴经验，形成发展思路3条", 0), "clerk");
        saved.Succeeded.ShouldBeTrue(string.Join("；", saved.Errors.Values));

        var drafts = new ReportDrafts(world.Db, new FixedClock(Composed.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc)));
        var first = await drafts.ComposeAsync(world.Township, Year, null, "clerk");
        var education = first.Paragraphs.Single(p => p.Text.Contains("聚焦理论武装", StringComparison.Ordinal)).Text;
        education.ShouldContain("在第2村组织全镇党员赴袁家村开展研学活动，学习乡村振兴经验，形成发展思路3条。");
        first.Paragraphs.Where(p => !p.Text.Contains("聚焦理论武装", StringComparison.Ordinal)).ShouldAllBe(p => !p.Text.Contains("袁家村"));

        var row = await world.Db.Highlights.AsNoTracking().SingleAsync();
        var edited = await Entry(world).SaveAsync(HighlightSource.Meeting, meeting.Id,
            new HighlightDraft("pioneer", "召开产业发展现场推进会", null, "带动群众增收20余万元", row.Version), "secretary");
        edited.Succeeded.ShouldBeTrue(string.Join("；", edited.Errors.Values));
        var second = await drafts.ComposeAsync(world.Township, Year, null, "clerk");
        var text = string.Join("\n", second.Paragraphs.Select(p => p.Text));
        text.ShouldNotContain("袁家村");
        second.Paragraphs.Single(p => p.Text.Contains("聚焦先锋引领", StringComparison.Ordinal)).Text
            .ShouldContain("召开产业发展现场推进会，带动群众增收20余万元。", customMessage: "a theme without figures is printed for its highlight");
    }

    [Fact]
    public async Task A_highlight_of_another_year_or_unmarked_is_not_printed()
    {
        var (world, meeting) = await WorldWithMeetingAsync();
        await using var _ = world;
        var saved = await Entry(world).SaveAsync(HighlightSource.Meeting, meeting.Id, new HighlightDraft("duty", "召开专题会议", null, "研究解决问题5个", 0), null);
        saved.Succeeded.ShouldBeTrue();
        (await world.ComposeAsync(Year + 1)).Render(ReportSection.Highlights).ShouldNotContain("研究解决问题5个");
        (await world.ComposeAsync(Year)).Render(ReportSection.Highlights).ShouldContain("召开专题会议，研究解决问题5个。");

        var version = (await world.Db.Highlights.AsNoTracking().SingleAsync(h => h.Id == saved.Id)).Version;
        (await Entry(world).RemoveAsync(HighlightSource.Meeting, meeting.Id, version)).Succeeded.ShouldBeTrue();
        (await world.ComposeAsync(Year)).Render(ReportSection.Highlights).ShouldNotContain("研究解决问题5个");
    }

    [Fact]
    public async Task Wrong_highlights_are_refused_field_by_field_and_nothing_is_saved()
    {
        var (world, meeting) = await WorldWithMeetingAsync();
        await using var _ = world;
        var result = await Entry(world).SaveAsync(HighlightSource.Meeting, meeting.Id, new HighlightDraft("no-such-theme", " ", new string('村', 41), "写了{{fig:meetings.committee}}", 0), null);
        result.Succeeded.ShouldBeFalse();
        result.Errors["ThemeKey"].ShouldBe("所选段落已不在本县的述职报告模板中，请重新选择。");
        result.Errors["Event"].ShouldBe("请填写做了什么。");
        result.Errors["Place"].ShouldBe("地点不能超过40个字。");
        result.Errors["Narrative"].ShouldBe("成效只写一段话，不能含有换行或花括号。");
        (await world.Db.Highlights.CountAsync()).ShouldBe(0);

        var stale = await Entry(world).SaveAsync(HighlightSource.Meeting, meeting.Id, new HighlightDraft("duty", "召开专题会议", null, "成效", 3), null);
        stale.Errors.Keys.ShouldBe(["Version"]);
        (await world.Db.Highlights.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_record_outside_the_users_scope_cannot_be_marked()
    {
        var (world, meeting) = await WorldWithMeetingAsync();
        await using var _ = world;
        await using var scoped = world.OpenScoped(world.Villages[0]);
        var result = await new HighlightEntry(scoped, TimeProvider.System).SaveAsync(HighlightSource.Meeting, meeting.Id, new HighlightDraft("duty", "召开专题会议", null, "成效", 0), null);
        result.NotFound.ShouldBeTrue();
        (await world.Db.Highlights.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Campaign_names_and_slogans_are_printed_through_the_templates_placeholders_and_their_clause_drops_without_them()
    {
        var (world, _) = await WorldWithMeetingAsync();
        await using var __ = world;
        var duty = ThemeParagraph(await world.ComposeAsync(Year), "聚焦主责主业");
        duty.ShouldNotContain("为抓手");
        duty.ShouldNotContain("{campaigns}");

        var campaigns = new CampaignEntry(world.Db);
        (await campaigns.AddAsync(world.Township.Id, Year, CampaignKind.Campaign, "“四抓两整治”")).Succeeded.ShouldBeTrue();
        (await campaigns.AddAsync(world.Township.Id, Year, CampaignKind.Slogan, "基层党建质量提升年")).Succeeded.ShouldBeTrue();
        (await campaigns.AddAsync(world.Township.Id, Year, CampaignKind.Slogan, "基层党建质量提升年")).Errors["Name"].ShouldBe($"{Year}年已有“基层党建质量提升年”。");
        ThemeParagraph(await world.ComposeAsync(Year), "聚焦主责主业")
            .ShouldContain("以“四抓两整治”为抓手，深入开展“基层党建质量提升年”活动，统筹推进全镇党建各项工作。");
        (await world.ComposeAsync(Year + 1)).Render(ReportSection.Highlights).ShouldNotContain("四抓两整治", customMessage: "campaigns are kept per year");
    }

    [Fact]
    public async Task A_county_puts_the_campaigns_placeholder_in_its_own_wording()
    {
        var (world, _) = await WorldWithMeetingAsync();
        await using var __ = world;
        var themes = ReportTemplate.Default.Highlights!.ToList();
        themes[1] = themes[1] with { Sentences = [.. themes[1].Sentences, new SentenceTemplate { Prefix = "围绕", Clauses = ["{campaigns}开展专题学习"] }] };
        await world.CountyTemplateAsync(new ReportTemplate { Highlights = themes });
        (await new CampaignEntry(world.Db).AddAsync(world.Township.Id, Year, CampaignKind.Campaign, "五基三化")).Succeeded.ShouldBeTrue();
        ThemeParagraph(await world.ComposeAsync(Year), "聚焦理论武装").ShouldContain("围绕“五基三化”开展专题学习。");
    }
}
