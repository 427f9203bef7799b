using Dangjian.Core.Demo;
using Dangjian.Core.Reports.Check;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Reports.Check;

/// <summary>
/// Issue #17, the cross-check: the demo township's composed report checked against its own records gives only matches for
/// the figures its indicators printed; one number changed by hand gives exactly one "differs" with the records' value.
/// </summary>
public sealed class RecordCheckTests : DemoTownshipDatabase
{
    private static readonly TimeProvider Clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero));

    [Fact]
    public async Task A_composed_report_matches_its_records_and_one_changed_number_differs()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var composed = await new ReportComposer(db, Today).ComposeAsync(new ReportInput(township, Today.Year));
        var text = string.Join("\n", Enum.GetValues<ReportSection>().Select(composed.Render));
        var printed = RecordCheck.Known(composed);
        printed.Count.ShouldBeGreaterThan(15, "the demo report prints many figures from its indicators");

        var check = new RecordCheck(db, Clock);
        var figures = await check.CompareAsync(township, Today.Year, ReportChecker.Check(text, Today.Year));
        figures.ShouldNotContain(f => f.Verdict == RecordVerdict.Differs || f.Verdict == RecordVerdict.NoRecord);
        var matched = figures.Where(f => f.Verdict == RecordVerdict.Match).ToList();
        matched.Count.ShouldBe(printed.Count, string.Join("；", figures.Where(f => f.Verdict != RecordVerdict.Match).Select(f => f.Claimed.Subject + f.Claimed.Text)));

        // The township edits one number by hand: 1 more than the records give.
        var target = matched.First(f => f.Claimed.Value is > 1 and < 1000 && f.Claimed.Unit != "%");
        var digits = target.Claimed.Text.TakeWhile(char.IsAsciiDigit).Count();
        digits.ShouldBeGreaterThan(0, target.Claimed.Text);
        var edited = text[..target.Claimed.Start] + (target.Claimed.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + text[(target.Claimed.Start + digits)..];

        var after = await check.CompareAsync(township, Today.Year, ReportChecker.Check(edited, Today.Year));
        var differs = after.Where(f => f.Verdict == RecordVerdict.Differs).ShouldHaveSingleItem();
        differs.IndicatorId.ShouldBe(target.IndicatorId);
        differs.Computed.ShouldBe(target.Claimed.Text);
        differs.Claimed.Value.ShouldBe(target.Claimed.Value + 1);
        after.Count(f => f.Verdict == RecordVerdict.Match).ShouldBe(matched.Count - 1);
    }

    [Fact]
    public async Task Words_that_fit_no_printed_figure_stay_unmatched()
    {
        await using var db = Open();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var claimed = ReportChecker.Check("全镇新建文化广场3处，栽植行道树1200株。", Today.Year);
        claimed.Figures.Count.ShouldBe(2);
        var figures = await new RecordCheck(db, Clock).CompareAsync(township, Today.Year, claimed);
        figures.ShouldAllBe(f => f.Verdict == RecordVerdict.Unmatched && f.IndicatorId == null);
    }
}
