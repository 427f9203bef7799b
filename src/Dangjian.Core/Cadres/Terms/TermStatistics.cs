using Dangjian.Core.Figures;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;

namespace Dangjian.Core.Cadres.Terms;

/// <summary>The village party secretaries elected in one term; without a previous term there is no comparison (not 0).</summary>
public sealed record TermStatistics(ElectionTerm Term, ElectionTerm? PreviousTerm, CadreGroupFigures Current, CadreGroupFigures? Previous)
{
    public IReadOnlyList<ComparedFigure> Rows =>
    [
        new("村党组织书记人数", Current.People, Previous?.People),
        new("平均年龄", Current.AverageAge, Previous?.AverageAge),
        new("高中及以上学历占比", Current.HighSchoolShare, Previous?.HighSchoolShare),
        new("大专及以上学历占比", Current.CollegeShare, Previous?.CollegeShare),
        new($"{ElectionAge.YoungerThan}岁以下占比（换届时未满{ElectionAge.YoungerThan}周岁）", Current.Under50Share, Previous?.Under50Share),
        new("“一肩挑”占比", Current.OneShoulderShare, Previous?.OneShoulderShare),
        new("专职村书记", Figure.Count(Current.FullTime, "名"), Previous is null ? null : Figure.Count(Previous.FullTime, "名")),
    ];

    /// <summary>The sentence of a duty report, e.g. "村党组织书记平均年龄41.6岁，较上届下降13.0%（相对变化率）…".</summary>
    public string Sentence()
    {
        var age = Rows[1];
        var school = Rows[2];
        var parts = new List<string>();
        if (age.Current is { } a)
        {
            parts.Add($"村党组织书记平均年龄{a.Text}" + (age.Relative is { } r ? $"，{r.Describe()}" : ""));
        }

        if (school.Current is { } s)
        {
            parts.Add($"高中及以上学历占比{s.Text}" + (school.Absolute is { } p ? $"，{p.Describe()}" : ""));
        }

        return string.Join("；", parts);
    }
}
