using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Shouldly;
using static Dangjian.Core.Tests.Cadres.CadreRecords;

namespace Dangjian.Core.Tests.Cadres;

/// <summary>
/// Personnel figures of real duty reports (copied here as constants; tests never read the shared seeds), rebuilt
/// from the records they rest on and reproduced by the statistics service.
/// </summary>
public class SeedReportFiguresTests
{
    // Seed 001 (2022): "选任村党组织书记7名，副书记3名，新一届村党组织书记、副书记平均年龄41.1岁，其中：中专学历2名，
    // 大专以上学历8名；推选支委委员29名，平均年龄48.2岁" (7 villages).
    private const int Seed001Secretaries = 7, Seed001Deputies = 3, Seed001Vocational = 2, Seed001CollegeOrAbove = 8, Seed001CommitteeMembers = 29;
    private const string Seed001LeadersAge = "41.1岁", Seed001CommitteeAge = "48.2岁";

    [Fact]
    public async Task Seed_001_secretaries_deputies_and_committee_members()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var township = await CadreDatabase.AddOrganizationAsync(db, "某镇党委", OrgLevel.TownshipCommittee);
        var villages = new List<Organization>();
        for (var i = 0; i < 7; i++)
        {
            villages.Add(await CadreDatabase.AddOrganizationAsync(db, $"村{i}党支部", OrgLevel.Branch, township));
        }

        var records = new CadreRecords(db, villages);
        var term = await records.TermAsync(township, "2021年换届", new DateOnly(2021, 10, 20));
        int[] leaderAges = [35, 38, 39, 40, 41, 42, 43, 44, 44, 45]; // 411 / 10 = 41.1
        var leaderEducation = Repeat((Education.Vocational, 2), (Education.College, 6), (Education.Bachelor, 2));
        records.Add(term, leaderAges, leaderEducation, (c, i) => c.PartyPost = i < Seed001Secretaries ? PartyPost.Secretary : PartyPost.DeputySecretary);
        var memberAges = Repeat((45, 14), (51, 12), (52, 3)); // 1398 / 29 = 48.21
        records.Add(term, memberAges, Repeat((Education.HighSchool, 29)), (c, _) => c.PartyPost = PartyPost.CommitteeMember);
        await db.SaveChangesAsync();

        var statistics = new ElectionStatistics(db);
        var leaders = (await statistics.GroupAsync(township.Id, CadreGroups.SecretariesAndDeputies))[term.Id];
        var secretaries = (await statistics.GroupAsync(township.Id, CadreGroups.Secretaries))[term.Id];
        var members = (await statistics.GroupAsync(township.Id, CadreGroups.PartyCommitteeMembers))[term.Id];
        secretaries.Count.ShouldBe(Seed001Secretaries);
        (leaders.Count - secretaries.Count).ShouldBe(Seed001Deputies);
        leaders.AverageAge!.Text.ShouldBe(Seed001LeadersAge);
        leaders.ByEducation[Education.Vocational].ShouldBe(Seed001Vocational);
        leaders.CollegeOrAbove.ShouldBe(Seed001CollegeOrAbove);
        members.Count.ShouldBe(Seed001CommitteeMembers);
        members.AverageAge!.Text.ShouldBe(Seed001CommitteeAge);
    }

    // Seed 000: "村党组织书记平均年龄41.6岁，较上届下降13%；高中及以上学历占比68%，较上届提高5%" — the 5% is in fact
    // percentage points (63% → 68%); the relative change would be 7.9%. "对23名村“两委”成员进行任职资格联审，清理“问题成员”2名".
    [Fact]
    public async Task Seed_000_average_age_and_education_against_the_previous_term()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var township = await CadreDatabase.AddOrganizationAsync(db, "某镇党委", OrgLevel.TownshipCommittee);
        var villages = new List<Organization> { await CadreDatabase.AddOrganizationAsync(db, "村党支部", OrgLevel.Branch, township) };
        var records = new CadreRecords(db, villages);
        var earlier = await records.TermAsync(township, "2018年换届", new DateOnly(2018, 10, 20));
        var later = await records.TermAsync(township, "2021年换届", new DateOnly(2021, 3, 16));
        // Earlier: 19 secretaries, sum 908 → 47.8岁; 12 of 19 high school or above → 63%.
        records.Add(earlier, Repeat((48, 16), (47, 2), (46, 1)), Repeat((Education.HighSchool, 12), (Education.JuniorHigh, 7)), (c, _) => c.PartyPost = PartyPost.Secretary);
        // Later: 25 secretaries, sum 1040 → 41.6岁; 17 of 25 → 68%.
        records.Add(later, Repeat((42, 15), (41, 10)), Repeat((Education.College, 17), (Education.JuniorHigh, 8)), (c, _) => c.PartyPost = PartyPost.Secretary);
        await db.SaveChangesAsync();

        var stats = (await new ElectionStatistics(db).SecretariesAsync(township.Id)).Single(s => s.Term.Id == later.Id);
        stats.Sentence().ShouldBe("村党组织书记平均年龄41.6岁，较上届下降13.0%（相对变化率）；高中及以上学历占比68%，较上届提高5个百分点");
        var school = stats.Rows.Single(r => r.Label == "高中及以上学历占比");
        school.Relative!.Text.ShouldBe("7.9%");
    }
}
