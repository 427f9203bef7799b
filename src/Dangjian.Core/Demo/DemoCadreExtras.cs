using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Demo;

/// <summary>Qualification reviews (with a few 问题成员 cleared out) and first secretaries / instructors of the detailed township.</summary>
public sealed class DemoCadreExtras(AppDbContext db, Random random, DateOnly today, ChineseNames names)
{
    private static readonly string[] Problems = ["受过刑事处罚", "存在涉黑涉恶问题线索", "长期拖欠集体资金"];

    public async Task WriteAsync(OrgPlan township, IReadOnlyList<Organization> villages, ElectionTerm term, IReadOnlyList<Cadre> cadres, CancellationToken ct)
    {
        var before = term.ElectedOn.AddDays(-40);
        var departments = ReviewDepartments.Join(ReviewDepartments.Usual);
        foreach (var c in cadres)
        {
            db.QualificationReviews.Add(Review(c.OrganizationId, term, c.Person.Name, before, departments, c.Id));
        }

        for (var i = 0; i < 3; i++)
        {
            var review = Review(villages[random.Next(villages.Count)].Id, term, names.Person(true), before, departments, null);
            (review.Result, review.ProblemReason, review.RemovedOn) = (ReviewResult.Problem, Problems[i], before.AddDays(5));
            db.QualificationReviews.Add(review);
        }

        // The yearly re-review of serving cadres: one 问题成员 found and removed from office.
        var yearly = new DateOnly(today.Month >= 5 ? today.Year : today.Year - 1, 4, 15);
        var reviewed = cadres.Where((_, i) => i % 4 == 0).Take(23).ToList();
        foreach (var c in reviewed)
        {
            var review = Review(c.OrganizationId, term, c.Person.Name, yearly, departments, c.Id);
            if (c == reviewed.LastOrDefault(x => x.PartyPost is null))
            {
                (review.Result, review.ProblemReason, review.RemovedOn) = (ReviewResult.Problem, "违规参与集体资产处置", yearly.AddDays(20));
                (c.LeftOn, c.LeftReason) = (yearly.AddDays(20), "任职资格联审发现问题，依法罢免");
            }

            db.QualificationReviews.Add(review);
        }

        Assignments(township, villages);
        await db.SaveChangesAsync(ct);
        await new DemoReserves(db, random, today, names).WriteAsync(villages, ct);
    }

    private static QualificationReview Review(int orgId, ElectionTerm term, string name, DateOnly on, string departments, int? cadreId) => new()
    {
        OrganizationId = orgId, Term = term, PersonName = name, ReviewedOn = on, Departments = departments, CadreId = cadreId,
    };

    private void Assignments(OrgPlan township, IReadOnlyList<Organization> villages)
    {
        string[] units = ["县农业农村局", "县人民医院", "县财政局", "县自然资源局", "县教育局", "县住建局"];
        for (var i = 0; i < 3; i++)
        {
            var village = villages[1 + i * 4];
            db.Assignments.Add(Assign(village, AssignmentKind.FirstSecretary, units[i], new DateOnly(2021, 8, 1), new DateOnly(2023, 7, 31)));
            db.Assignments.Add(Assign(village, AssignmentKind.FirstSecretary, units[i + 3], new DateOnly(2023, 8, 1), null));
        }

        var others = township.Children.Select(c => c.Organization).Where(o => o.Sector is OrgSector.NonPublicEnterprise or OrgSector.Community);
        foreach (var org in others)
        {
            var unit = org.Sector == OrgSector.Community ? $"{DemoCounty.DetailedTownshipName}" : "县委组织部";
            db.Assignments.Add(Assign(org, AssignmentKind.Instructor, unit, new DateOnly(2022, 3, 1), null));
        }
    }

    private Assignment Assign(Organization org, AssignmentKind kind, string unit, DateOnly from, DateOnly? to) => new()
    {
        OrganizationId = org.Id, Kind = kind, PersonName = names.Person(random.Next(100) < 70), DispatchingUnit = unit, StartedOn = from, EndedOn = to,
    };
}
