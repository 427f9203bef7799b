using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Members;
using Dangjian.Core.Organizations;
using Dangjian.Core.Tests.Audit;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Cadres;

public class PersonTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_name_is_kept_trimmed_and_the_age_is_completed_years()
    {
        var p = new Person("  李四 ", Sex.Female, new DateOnly(1971, 3, 16), Education.College);
        p.Name.ShouldBe("李四");
        p.AgeOn(new DateOnly(2021, 3, 15)).ShouldBe(49);
        p.AgeOn(new DateOnly(2021, 3, 16)).ShouldBe(50);
        (p.SexLabel, p.EducationLabel, p.BirthDateText).ShouldBe(("女", "大专", "1971-03-16"));
    }

    [Fact]
    public async Task A_cadre_and_a_reserve_keep_the_person_in_their_own_columns_queried_in_sql_and_audited_by_field()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var village = await database.AddOrganizationAsync("甲村党支部");
        int cadreId;
        await using (var db = database.Open())
        {
            var term = new ElectionTerm { OrganizationId = village.Id, Name = "2021年换届", ElectedOn = new DateOnly(2021, 4, 1) };
            var cadre = new Cadre { OrganizationId = village.Id, Term = term, Person = new("王五", Sex.Male, new DateOnly(1980, 5, 1), Education.HighSchool) };
            db.Cadres.Add(cadre);
            db.ReserveCadres.Add(new ReserveCadre
            {
                OrganizationId = village.Id, Person = new("赵六", Sex.Female, new DateOnly(1995, 1, 2), Education.Bachelor), AddedOn = new DateOnly(2024, 1, 1),
            });
            await db.SaveChangesAsync(Ct);
            cadre.AgeAtElection.ShouldBe(40);
            cadre.Person = cadre.Person with { Name = "王五一" };
            await db.SaveChangesAsync(Ct);
            cadreId = cadre.Id;
        }

        await using (var db = database.Open())
        {
            var query = db.ReserveCadres.Where(r => r.Person.Name.StartsWith("赵") && r.Person.Education == Education.Bachelor)
                .OrderBy(r => r.Person.BirthDate).Select(r => r.Person);
            query.ToQueryString().ShouldContain("\"r\".\"name\" LIKE");
            (await query.SingleAsync(Ct)).ShouldBe(new Person("赵六", Sex.Female, new DateOnly(1995, 1, 2), Education.Bachelor));
            (await db.Cadres.SingleAsync(c => c.Id == cadreId, Ct)).Person.Name.ShouldBe("王五一");
        }

        var entries = (await database.EntriesAsync()).Where(e => e.TargetType == nameof(Cadre)).ToList();
        entries.Select(e => e.Action).ShouldBe([AuditAction.Create, AuditAction.Update]);
        (AuditJson.After(entries[0], "Name"), AuditJson.After(entries[0], "Sex"), AuditJson.After(entries[0], "BirthDate"), AuditJson.After(entries[0], "Education"))
            .ShouldBe(("王五", "Male", "1980-05-01", "HighSchool"));
        var fields = JsonDocument.Parse(entries[0].Details!).RootElement.EnumerateObject().Select(f => f.Name).ToList();
        fields.ShouldBe(fields.Order(StringComparer.Ordinal).ToList());
        (AuditJson.Before(entries[1], "Name"), AuditJson.After(entries[1], "Name")).ShouldBe(("王五", "王五一"));
        JsonDocument.Parse(entries[1].Details!).RootElement.EnumerateObject().Select(f => f.Name).ShouldBe(["Name", "Version"]);
    }
}
