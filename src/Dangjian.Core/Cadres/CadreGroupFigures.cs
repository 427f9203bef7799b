using Dangjian.Core.Figures;
using Dangjian.Core.Members;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>One GROUP BY row of <see cref="ElectionStatistics"/>: cadres of a term with one education at election.</summary>
public sealed record EducationBucket(int TermId, Education Education, int Count, long AgeSum, int Under50, int OneShoulder, int FullTime);

/// <summary>Figures of a group of cadres (e.g. the village party secretaries) at one election.</summary>
public sealed record CadreGroupFigures(IReadOnlyDictionary<Education, int> ByEducation, int Count, long AgeSum, int Under50, int OneShoulder, int FullTime)
{
    public int HighSchoolOrAbove => ElectionAge.HighSchoolOrAbove.Sum(e => ByEducation.GetValueOrDefault(e));
    public int CollegeOrAbove => ElectionAge.CollegeOrAbove.Sum(e => ByEducation.GetValueOrDefault(e));

    public Figure People => Figure.Count(Count, "名");
    public Figure? AverageAge => Figure.Average(AgeSum, Count, "岁");
    public Figure? HighSchoolShare => Figure.Share(HighSchoolOrAbove, Count);
    public Figure? CollegeShare => Figure.Share(CollegeOrAbove, Count);
    public Figure? Under50Share => Figure.Share(Under50, Count);
    public Figure? OneShoulderShare => Figure.Share(OneShoulder, Count);

    public static CadreGroupFigures From(IEnumerable<EducationBucket> buckets)
    {
        var list = buckets.ToList();
        return new(list.ToDictionary(b => b.Education, b => b.Count), list.Sum(b => b.Count), list.Sum(b => b.AgeSum),
            list.Sum(b => b.Under50), list.Sum(b => b.OneShoulder), list.Sum(b => b.FullTime));
    }

    public static readonly CadreGroupFigures Empty = From([]);
}
