using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Cadres;

/// <summary>The SQL aggregation over the demo township, checked against the same figures computed by hand in memory.</summary>
public sealed class DemoElectionStatisticsTests : IAsyncLifetime
{
    private CadreDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await CadreDatabase.DemoTownshipAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private static Task<Organization> TownshipAsync(AppDbContext db) => db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);

    [Fact]
    public async Task Secretary_figures_match_a_hand_computation()
    {
        await using var db = database.Open();
        var township = await TownshipAsync(db);
        var all = await db.Cadres.Include(c => c.Term).Where(c => c.PartyPost == PartyPost.Secretary).ToListAsync();
        var stats = await new ElectionStatistics(db).SecretariesAsync(township.Id);
        stats.Count.ShouldBe(2);
        stats[0].PreviousTerm.ShouldBeNull();
        stats[0].Rows.ShouldAllBe(r => r.Relative == null && r.Absolute == null);
        foreach (var s in stats)
        {
            var mine = all.Where(c => c.TermId == s.Term.Id).ToList();
            mine.Count.ShouldBe(12);
            var ages = mine.Select(c => ElectionAge.At(c.Person.BirthDate, c.Term!.ElectedOn)).ToList();
            s.Current.AverageAge!.Value.ShouldBe(Math.Round((decimal)ages.Sum() / ages.Count, 1, MidpointRounding.AwayFromZero));
            s.Current.Under50.ShouldBe(ages.Count(a => a < 50));
            s.Current.HighSchoolOrAbove.ShouldBe(mine.Count(c => c.EducationAtElection >= Education.HighSchool));
            s.Current.OneShoulder.ShouldBe(mine.Count(c => c.IsOneShoulder));
        }

        var newer = stats[1];
        newer.Current.AverageAge!.Value.ShouldBeLessThan(newer.Previous!.AverageAge!.Value);
        newer.Current.HighSchoolShare!.Value.ShouldBeGreaterThan(newer.Previous.HighSchoolShare!.Value);
        newer.Rows[1].Relative!.Value.ShouldBeLessThan(0);
        newer.Sentence().ShouldStartWith("村党组织书记平均年龄4");
    }

    [Fact]
    public async Task Reserve_cadres_reviews_and_assignments_are_counted_per_township()
    {
        await using var db = database.Open();
        var township = await TownshipAsync(db);
        var counts = new CadreCounts(db);
        var bySource = await counts.ReservesBySourceAsync(township.Path);
        bySource.Sum(s => s.Count).ShouldBe(30);
        bySource.Single(s => s.Source == ReserveSource.WealthLeader).Count.ShouldBe(7);
        var reviews = await counts.ReviewsByYearAsync(township.Id);
        var election = reviews.Single(r => r.Year == 2021);
        election.Removed.ShouldBe(3);
        election.Reviewed.ShouldBe(await db.QualificationReviews.CountAsync(r => r.ReviewedOn.Year == 2021));
        var yearly = reviews.Single(r => r.Year == 2026);
        (yearly.Problems, yearly.Removed).ShouldBe((1, 1));
        (await db.Cadres.CountAsync(c => c.LeftReason!.Contains("联审"))).ShouldBe(1);
        (await db.Assignments.CountAsync(a => a.Kind == AssignmentKind.FirstSecretary && a.EndedOn == null)).ShouldBe(3);
    }

    [Fact]
    public async Task A_village_sees_its_own_cadres_and_its_township_terms_only()
    {
        await using var system = database.Open();
        var village = await system.Organizations.FirstAsync(o => o.Sector == OrgSector.Village);
        await using var db = database.Open(new Scope(village.Path));
        (await db.Cadres.Select(c => c.OrganizationId).Distinct().ToListAsync()).ShouldBe([village.Id]);
        (await db.ElectionTerms.CountAsync()).ShouldBe(2);
        (await db.ReserveCadres.AllAsync(r => r.OrganizationId == village.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Changing_the_election_date_recomputes_ages_at_election()
    {
        await using var db = database.Open();
        var term = await db.ElectionTerms.OrderBy(t => t.ElectedOn).FirstAsync();
        term.ElectedOn = term.ElectedOn.AddYears(1);
        await db.SaveChangesAsync();
        var cadres = await db.Cadres.Where(c => c.TermId == term.Id).ToListAsync();
        cadres.ShouldAllBe(c => c.AgeAtElection == ElectionAge.At(c.Person.BirthDate, term.ElectedOn));
    }

    private sealed record Scope(string Path) : IOrgScope
    {
        public IReadOnlyList<string>? Paths => [Path];
    }
}
