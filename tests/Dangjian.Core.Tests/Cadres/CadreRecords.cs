using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Tests.Cadres;

/// <summary>Writes the records a reported figure rests on: one cadre per given age and education, spread over villages.</summary>
public sealed class CadreRecords(AppDbContext db, IReadOnlyList<Organization> villages)
{
    private int next;

    public async Task<ElectionTerm> TermAsync(Organization township, string name, DateOnly electedOn)
    {
        var term = new ElectionTerm { OrganizationId = township.Id, Name = name, ElectedOn = electedOn };
        db.ElectionTerms.Add(term);
        await db.SaveChangesAsync();
        return term;
    }

    /// <summary>Birth dates vary within the year so that the age at election is exactly the given one.</summary>
    public void Add(ElectionTerm term, IReadOnlyList<int> ages, IReadOnlyList<Education> educations, Action<Cadre, int> set)
    {
        for (var i = 0; i < ages.Count; i++)
        {
            var cadre = new Cadre
            {
                OrganizationId = villages[next++ % villages.Count].Id,
                TermId = term.Id,
                // Education since improved: must not change the figures at election.
                Person = new($"干部{next}", Sex.Male, term.ElectedOn.AddYears(-ages[i]).AddDays(-(i * 37 % 365)), Education.Postgraduate),
                EducationAtElection = educations[i],
                IsPartyMember = true,
            };
            set(cadre, i);
            db.Cadres.Add(cadre);
        }
    }

    public static IReadOnlyList<T> Repeat<T>(params (T Value, int Count)[] parts) =>
        parts.SelectMany(p => Enumerable.Repeat(p.Value, p.Count)).ToList();
}
