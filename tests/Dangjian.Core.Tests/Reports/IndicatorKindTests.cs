using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Indicators;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Shouldly;
using static Dangjian.Core.Tests.Cadres.CadreRecords;

namespace Dangjian.Core.Tests.Reports;

/// <summary>Each aggregation kind of the indicator service, computed in SQL, with the records behind the value.</summary>
public sealed class IndicatorKindTests
{
    private const int Year = 2025;

    private static IndicatorDefinition Def(string source, IndicatorKind kind, string unit, string? filter = null, string? field = null, decimal? threshold = null,
        IndicatorComparison compare = IndicatorComparison.None, string scope = "subtree") =>
        new() { Id = "test", Name = "测试", Unit = unit, Source = source, Kind = kind, Filter = filter, Field = field, Threshold = threshold, Compare = compare, Scope = scope };

    private static async Task<IndicatorValue> ComputeAsync(ReportWorld world, IndicatorDefinition d, int year = Year) =>
        await new IndicatorService(world.Db, new IndicatorCatalog([d]), new DateOnly(year + 1, 1, 10)).ComputeAsync("test", world.Township, year);

    [Fact]
    public async Task Count_counts_the_year_only_and_lists_its_records()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        world.Meetings(Year, MeetingKind.TownshipCommitteeMeeting, 3, world.Township);
        world.Meetings(Year - 1, MeetingKind.TownshipCommitteeMeeting, 5, world.Township);
        world.Meetings(Year, MeetingKind.ThemeDay, 4);
        await world.Db.SaveChangesAsync();
        var d = Def("meetings", IndicatorKind.Count, "次", "TownshipCommitteeMeeting", scope: "own");
        (await ComputeAsync(world, d)).Figure!.Text.ShouldBe("3次");
        var records = await new IndicatorService(world.Db, new IndicatorCatalog([d]), new DateOnly(2026, 1, 1)).RecordsAsync("test", world.Township, Year);
        records.Count.ShouldBe(3);
        records.ShouldAllBe(r => r.Type == "meeting" && r.Label.Contains("党委会议"));
    }

    [Fact]
    public async Task Count_of_nothing_is_no_data_not_zero()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        (await ComputeAsync(world, Def("meetings", IndicatorKind.Count, "次", "ThemeDay"))).HasData.ShouldBeFalse();
        (await ComputeAsync(world, Def("work", IndicatorKind.Sum, "万元", "funds"))).HasData.ShouldBeFalse();
        (await ComputeAsync(world, Def("cadres", IndicatorKind.Average, "岁", "secretaries"))).HasData.ShouldBeFalse();
        foreach (var id in new[] { "talks.people", "inspections.rounds", "bulletins.issued", "commitments.rate", "rectification.on-time-rate", "rectification.overdue", "service.volunteer-people", "development.activists", "weak.unconverted", "income.bucket-15", "titles.city" })
        {
            (await world.Indicators(Year).ComputeAsync(id, world.Township, Year)).HasData.ShouldBeFalse(id);
        }
    }

    [Fact]
    public async Task Sum_adds_quantities_or_participants()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        await world.WorkAsync(Year, "funds", 1, quantity: 35);
        await world.WorkAsync(Year, "funds", 1, quantity: 80.5m);
        await world.WorkAsync(Year, "training", 3, participants: 41);
        (await ComputeAsync(world, Def("work", IndicatorKind.Sum, "万元", "funds"))).Figure!.Text.ShouldBe("115.5万元");
        (await ComputeAsync(world, Def("work", IndicatorKind.Sum, "人次", "training", "participants"))).Figure!.Text.ShouldBe("123人次");
    }

    [Fact]
    public async Task Distinct_persons_count_each_member_present_once_and_rate_is_present_of_due()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        world.Members(4, new DateOnly(2010, 1, 1), MemberStatus.Full);
        world.Meetings(Year, MeetingKind.ThemeDay, 2);
        await world.Db.SaveChangesAsync();
        var members = world.Db.Members.OrderBy(m => m.Id).ToList();
        var meetings = world.Db.Meetings.OrderBy(m => m.Id).ToList();
        foreach (var meeting in meetings)
        {
            for (var i = 0; i < members.Count; i++)
            {
                // meeting 1: members 0,1,2 present; meeting 2: members 0,1 present → 3 distinct, 5 of 8 = 63%
                var present = meeting == meetings[0] ? i < 3 : i < 2;
                world.Db.MeetingAttendances.Add(new() { MeetingId = meeting.Id, HeldOn = meeting.HeldOn, MemberId = members[i].Id, Status = present ? AttendanceStatus.Present : AttendanceStatus.Absent });
            }
        }

        await world.Db.SaveChangesAsync();
        (await ComputeAsync(world, Def("meetings", IndicatorKind.DistinctPersons, "名", "ThemeDay"))).Figure!.Text.ShouldBe("3名");
        (await ComputeAsync(world, Def("meetings", IndicatorKind.Rate, "%", "ThemeDay"))).Figure!.Text.ShouldBe("63%");
    }

    [Fact]
    public async Task Bucket_count_counts_organizations_reaching_the_threshold()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        await world.WorkAsync(Year, "funds", 1, quantity: 16, at: world.Villages[0]);
        await world.WorkAsync(Year, "funds", 2, quantity: 8, at: world.Villages[1]); // 16 in total
        await world.WorkAsync(Year, "funds", 1, quantity: 9, at: world.Villages[2]);
        (await ComputeAsync(world, Def("work", IndicatorKind.BucketCount, "个", "funds", threshold: 15))).Figure!.Text.ShouldBe("2个");
        world.Meetings(Year, MeetingKind.ThemeDay, 7); // 3, 2, 2 per village
        await world.Db.SaveChangesAsync();
        (await ComputeAsync(world, Def("meetings", IndicatorKind.BucketCount, "个", "ThemeDay", threshold: 3))).Figure!.Text.ShouldBe("1个");
    }

    [Fact]
    public async Task Bucket_count_with_an_upper_bound_counts_only_organizations_inside_the_bucket()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        await world.WorkAsync(Year, "funds", 1, quantity: 16, at: world.Villages[0]);
        await world.WorkAsync(Year, "funds", 2, quantity: 10, at: world.Villages[1]); // 20 in total: at the bound, outside
        await world.WorkAsync(Year, "funds", 1, quantity: 9, at: world.Villages[2]);
        var bucket = Def("work", IndicatorKind.BucketCount, "个", "funds", threshold: 10) with { Below = 20 };
        (await ComputeAsync(world, bucket)).Figure!.Text.ShouldBe("1个");
        (await ComputeAsync(world, bucket with { Threshold = 20, Below = null })).Figure!.Text.ShouldBe("1个");
        (await ComputeAsync(world, bucket with { Threshold = 30, Below = 40 })).HasData.ShouldBeFalse();
        world.Meetings(Year, MeetingKind.ThemeDay, 7); // 3, 2, 2 per village
        await world.Db.SaveChangesAsync();
        (await ComputeAsync(world, Def("meetings", IndicatorKind.BucketCount, "个", "ThemeDay", threshold: 2) with { Below = 3 })).Figure!.Text.ShouldBe("2个");
    }

    [Fact]
    public async Task Average_and_rate_over_cadres_compare_with_the_previous_term()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var records = world.Cadres;
        var earlier = await records.TermAsync(world.Township, "2021年换届", new DateOnly(2021, 10, 1));
        var later = await records.TermAsync(world.Township, "2025年换届", new DateOnly(Year, 10, 1));
        records.Add(earlier, [50, 50], [Education.JuniorHigh, Education.HighSchool], (c, _) => c.PartyPost = PartyPost.Secretary);
        records.Add(later, [40, 41], [Education.College, Education.HighSchool], (c, _) => c.PartyPost = PartyPost.Secretary);
        await world.Db.SaveChangesAsync();
        var age = await ComputeAsync(world, Def("cadres", IndicatorKind.Average, "岁", "secretaries", compare: IndicatorComparison.PreviousTerm));
        age.Figure!.Text.ShouldBe("40.5岁");
        age.Previous!.Text.ShouldBe("50.0岁");
        age.ComparisonText.ShouldBe("较上届下降19.0%");
        var school = await ComputeAsync(world, Def("cadres", IndicatorKind.Rate, "%", "secretaries", "highschool", compare: IndicatorComparison.PreviousTerm));
        school.Figure!.Text.ShouldBe("100%");
        school.ComparisonText.ShouldBe("较上届提高50个百分点");
        (await ComputeAsync(world, Def("cadres", IndicatorKind.Average, "岁", "secretaries", scope: "elected"), Year + 1)).HasData.ShouldBeFalse("no election that year");
    }

    [Fact]
    public async Task Comparison_with_the_previous_year()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 1);
        await world.WorkAsync(Year - 1, "research", 8);
        await world.WorkAsync(Year, "research", 10);
        var value = await ComputeAsync(world, Def("work", IndicatorKind.Sum, "次", "research", compare: IndicatorComparison.PreviousYear));
        value.Figure!.Text.ShouldBe("10次");
        value.ComparisonText.ShouldBe("较上年增长25.0%");
    }

    [Fact]
    public async Task Members_developed_converted_and_on_the_rolls()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        world.Members(3, new DateOnly(Year, 5, 1), MemberStatus.Probationary);
        world.Members(2, new DateOnly(Year - 1, 5, 1), MemberStatus.Full, new DateOnly(Year, 5, 3));
        world.Members(4, new DateOnly(2000, 1, 1), MemberStatus.Full, new DateOnly(2001, 1, 2));
        await world.Db.SaveChangesAsync();
        (await ComputeAsync(world, Def("members", IndicatorKind.Count, "名", "developed"))).Figure!.Text.ShouldBe("3名");
        (await ComputeAsync(world, Def("members", IndicatorKind.Count, "名", "converted"))).Figure!.Text.ShouldBe("2名");
        (await ComputeAsync(world, Def("members", IndicatorKind.Count, "名", "probationary"))).Figure!.Text.ShouldBe("3名");
        (await ComputeAsync(world, Def("members", IndicatorKind.Count, "名", "total"))).Figure!.Text.ShouldBe("9名");
    }

    [Fact]
    public void Every_builtin_indicator_names_a_registered_source_and_a_unit()
    {
        var sources = IndicatorService.BuiltinSources.Select(s => s.Name).ToHashSet();
        IndicatorCatalog.Builtin.All.Count.ShouldBeGreaterThan(70);
        // "statistics" reads the county's own yearly statistics, whose codes exist only as a county's data: its indicators are the county's.
        sources.Where(s => s != "statistics").ShouldBe(IndicatorCatalog.Builtin.All.Select(d => d.Source).ToHashSet(), ignoreOrder: true, "every other built-in source has built-in indicators");
        IndicatorCatalog.Builtin.All.ShouldAllBe(d => sources.Contains(d.Source) && d.Unit.Length > 0 && d.Name.Length > 0);
    }
}
