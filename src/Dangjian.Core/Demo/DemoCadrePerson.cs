using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>One fictional village cadre: age within a range at the election, education by a high-school-or-above rate.</summary>
public sealed class DemoCadrePerson(Random random, ChineseNames names)
{
    public Cadre New(Organization village, ElectionTerm term, int minAge, int maxAge, int highSchoolPercent, bool partyMember)
    {
        var male = random.Next(100) < 78;
        var age = minAge + (random.Next(maxAge - minAge + 1) + random.Next(maxAge - minAge + 1)) / 2;
        var education = random.Next(100) < highSchoolPercent
            ? (Education)random.Next((int)Education.HighSchool, (int)Education.Bachelor + 1)
            : (Education)random.Next((int)Education.Primary, (int)Education.JuniorHigh + 1);
        return new Cadre
        {
            OrganizationId = village.Id,
            Term = term,
            // Some have studied since (学历提升): the statistics keep the education at election.
            Person = new(names.Person(male), male ? Sex.Male : Sex.Female, term.ElectedOn.AddYears(-age).AddDays(-random.Next(365)),
                education == Education.HighSchool && random.Next(100) < 30 ? Education.College : education),
            EducationAtElection = education,
            IsPartyMember = partyMember,
        };
    }

    public static Cadre Again(Cadre earlier, ElectionTerm term) => new()
    {
        OrganizationId = earlier.OrganizationId, Term = term, Person = earlier.Person, EducationAtElection = earlier.Person.Education, IsPartyMember = true,
    };
}
