using Dangjian.Core.Members;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>Age and education thresholds used by the election statistics.</summary>
public static class ElectionAge
{
    /// <summary>"50岁以下" means completed years at election &lt; 50: a 49-year-old counts, one whose 50th birthday is election day does not.</summary>
    public const int YoungerThan = 50;

    /// <summary>
    /// Completed years on <paramref name="on"/>: a birthday falling on that day counts as reached;
    /// someone born on 29 February reaches it on 1 March in common years.
    /// </summary>
    public static int At(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        var birthdayReached = on.Month > birth.Month || (on.Month == birth.Month && on.Day >= birth.Day);
        return birthdayReached ? age : age - 1;
    }

    /// <summary>高中及以上: 高中, 中专 and everything above.</summary>
    public static readonly IReadOnlyList<Education> HighSchoolOrAbove =
        [Education.HighSchool, Education.Vocational, Education.College, Education.Bachelor, Education.Postgraduate];

    /// <summary>大专及以上 (reports write "大专以上").</summary>
    public static readonly IReadOnlyList<Education> CollegeOrAbove = [Education.College, Education.Bachelor, Education.Postgraduate];
}
