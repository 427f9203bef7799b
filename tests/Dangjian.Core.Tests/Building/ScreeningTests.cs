using Dangjian.Core.Building;
using Dangjian.Core.Members;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Core.Tests.Cadres;
using Shouldly;

namespace Dangjian.Core.Tests.Building;

public sealed class ScreeningTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private sealed record World(Organization Township, Organization Vacant, Organization Unhappy, Organization Overdue, Organization Healthy);

    private static async Task<World> ArrangeAsync(AppDbContext db)
    {
        var county = await CadreDatabase.AddOrganizationAsync(db, "县委", OrgLevel.CountyCommittee);
        var township = await CadreDatabase.AddOrganizationAsync(db, "镇党委", OrgLevel.TownshipCommittee, county);
        var v = new List<Organization>();
        foreach (var name in new[] { "甲村党支部", "乙村党支部", "丙村党支部", "丁村党支部" })
        {
            var org = await CadreDatabase.AddOrganizationAsync(db, name, OrgLevel.Branch, township);
            org.CommitteeTermEnd = new DateOnly(2026, 12, 31);
            v.Add(org);
        }

        v[2].CommitteeTermEnd = new DateOnly(2026, 3, 31);
        var term = new ElectionTerm { OrganizationId = township.Id, Name = "2021年换届", ElectedOn = new DateOnly(2021, 4, 1) };
        db.ElectionTerms.Add(term);
        await db.SaveChangesAsync();
        Cadre Secretary(Organization org, string name, DateOnly? left) => new()
        {
            OrganizationId = org.Id, TermId = term.Id, Person = new(name, Sex.Male, new DateOnly(1980, 1, 1), Education.Primary),
            PartyPost = PartyPost.Secretary, LeftOn = left,
        };
        db.Cadres.AddRange(Secretary(v[0], "张一", new DateOnly(2026, 3, 29)), Secretary(v[3], "李四", null),
            Secretary(v[1], "王二", new DateOnly(2026, 4, 10)), Secretary(v[1], "赵五", null));
        db.SatisfactionRecords.AddRange(
            new SatisfactionRecord { OrganizationId = v[1].Id, Year = 2026, Percent = 59.9, SurveyedOn = new DateOnly(2026, 5, 1) },
            new SatisfactionRecord { OrganizationId = v[3].Id, Year = 2026, Percent = 60, SurveyedOn = new DateOnly(2026, 5, 1) });
        foreach (var (org, on) in new[] { (v[3], new DateOnly(2024, 7, 1)), (v[0], new DateOnly(2024, 6, 30)) })
        {
            db.DevelopmentCases.Add(new DevelopmentCase
            {
                OrganizationId = org.Id, Name = "候选人", BirthDate = new DateOnly(1995, 1, 1), AppliedOn = on.AddYears(-2), RuleSet = "2014年细则",
                Steps = [new DevelopmentStepRecord { Step = StepNumbers.TargetChosen, CompletedOn = on }],
            });
        }

        await db.SaveChangesAsync();
        return new World(township, v[0], v[1], v[2], v[3]);
    }

    [Fact]
    public async Task Each_criterion_finds_its_organization_from_the_records()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var w = await ArrangeAsync(db);
        var criteria = new WeakCriteria { MissedMeetingSlots = 0 };

        var proposals = (await new WeakScreening(db, criteria).RunAsync(w.Township.Path, 2026, AsOf)).ToDictionary(p => p.OrganizationId);

        proposals.Keys.ShouldBe([w.Vacant.Id, w.Unhappy.Id, w.Overdue.Id], ignoreOrder: true);
        proposals[w.Vacant.Id].Reasons.ShouldBe(["党组织书记自2026年3月29日起空缺超过3个月", "近2年未确定发展对象"]);
        proposals[w.Unhappy.Id].Reasons.ShouldBe(["近2年未确定发展对象", "群众满意度59.9%，低于60%"]);
        proposals[w.Overdue.Id].Reasons.ShouldBe(["近2年未确定发展对象", "班子任期已于2026年3月31日届满，未按期完成换届"]);
    }

    [Fact]
    public async Task Meetings_not_held_come_from_the_compliance_results()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var w = await ArrangeAsync(db);
        var onlyMeetings = new WeakCriteria { SecretaryVacantMonths = 0, NoTargetYears = 0, SatisfactionBelow = 0, ElectionOverdue = false };

        var proposals = await new WeakScreening(db, onlyMeetings).RunAsync(w.Township.Path, 2026, AsOf);

        proposals.Count.ShouldBe(4);
        proposals.ShouldAllBe(p => p.Reasons.Single().StartsWith("组织生活未按规定开展：2026年有"));
        proposals[0].Reasons.Single().ShouldBe("组织生活未按规定开展：2026年有6次未按规定召开（支部党员大会1次、主题党日5次）");
    }
}
