using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>"全年" only for a year that is over; a running year or month is counted "截至12月3日" (the template's Period wording).</summary>
public sealed class PeriodWordingTests
{
    private const int Year = 2026;

    [Fact]
    public async Task A_running_year_is_reported_up_to_today_and_a_past_year_in_full()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        world.Meetings(Year, MeetingKind.ThemeDay, 6, world.Villages[0]);
        await world.Db.SaveChangesAsync();

        var running = (await new ReportComposer(world.Db, new DateOnly(Year, 12, 3)).ComposeAsync(new ReportInput(world.Township, Year))).Render(ReportSection.Highlights);
        running.ShouldContain("截至12月3日，各党组织开展主题党日6次");
        running.ShouldNotContain("全年");
        var over = (await new ReportComposer(world.Db, new DateOnly(Year + 1, 1, 2)).ComposeAsync(new ReportInput(world.Township, Year))).Render(ReportSection.Highlights);
        over.ShouldContain("全年各党组织开展主题党日6次");
        over.ShouldNotContain("截至");
    }

    [Fact]
    public async Task A_running_months_bulletin_counts_up_to_today_and_overdue_leaves_out_items_awaiting_sign_off()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        world.Rectification(world.Villages[0], new(Year, 9, 1), new(Year, 10, 1)); // 逾期
        var awaiting = world.Rectification(world.Villages[1], new(Year, 9, 1), new(Year, 11, 30)); // submitted in time: 待销号
        (awaiting.Status, awaiting.SubmittedOn) = (RectificationStatus.Submitted, new DateOnly(Year, 11, 25));
        world.Rectification(world.Villages[1], new(Year, 10, 1), new(Year, 10, 20), new(Year, 10, 18));
        await world.Db.SaveChangesAsync();

        var december = BulletinDraft.Compose(await BulletinFacts.LoadAsync(world.Db, world.Township.Id, Year, 12, new DateOnly(Year, 12, 3)));
        december.ShouldContain("截至12月3日，累计交办整改事项3件，已销号1件，销号率33.3%；逾期未整改1件。");
        december.ShouldNotContain("月底");
        var november = BulletinDraft.Compose(await BulletinFacts.LoadAsync(world.Db, world.Township.Id, Year, 11, new DateOnly(Year, 12, 3)));
        november.ShouldContain("截至11月底，累计交办整改事项3件");
    }
}
