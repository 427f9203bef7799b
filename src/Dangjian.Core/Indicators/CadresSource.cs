using Dangjian.Core.Data;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Figures;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Village "two committees" members of one election term of the township (<see cref="IndicatorDefinition.Filter"/>:
/// "secretaries", "deputies", "leaders" (secretaries and deputies), "committee" (支委委员), empty: all). The term is the latest elected by the
/// year's end; scope "elected" keeps only a term elected in the year itself (a report says 选任… only that year).
/// Count (of a "vocational", "highschool", "college" or "under50" part when <see cref="IndicatorDefinition.Field"/> names one),
/// average age at election, rate of such a part.
/// </summary>
public sealed class CadresSource : IIndicatorSource
{
    public string Name => "cadres";

    public async Task<Figure?> ComputeAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (await TermAsync(d, c, ct) is not { } term)
        {
            return null;
        }

        if (await PartsAsync(d, c, term.Id, ct) is not { } row)
        {
            return null;
        }

        return d.Kind switch
        {
            IndicatorKind.Count => SourceFigures.CountOrNull(d.Field is null ? row.Count : Part(d, row.Vocational, row.HighSchool, row.College, row.Under50), d.Unit),
            IndicatorKind.Average => Figure.Average(row.AgeSum, row.Count, d.Unit),
            IndicatorKind.Rate => Figure.Share(Part(d, row.Vocational, row.HighSchool, row.College, row.Under50), row.Count),
            _ => throw new InvalidOperationException($"指标“{d.Name}”：村“两委”记录不支持 {d.Kind} 统计。"),
        };
    }

    public async Task<IReadOnlyList<RecordRef>> RecordsAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        if (await TermAsync(d, c, ct) is not { } term)
        {
            return [];
        }

        var rows = await Group(d, c, term.Id).OrderBy(x => x.OrganizationId).ThenBy(x => x.Id)
            .Select(x => new { x.Id, x.Person.Name, x.AgeAtElection, x.EducationAtElection, Org = x.Organization!.Name }).ToListAsync(ct);
        return rows.Select(x => new RecordRef("cadre", x.Id, $"{term.Name} {x.Org} {x.Name}（换届时{x.AgeAtElection}岁，{EducationLabel(x.EducationAtElection)}）", term.ElectedOn)).ToList();
    }

    /// <summary>The part counted by <see cref="IndicatorDefinition.Field"/>: "vocational" (中专), "highschool", "college", "under50".</summary>
    private static int Part(IndicatorDefinition d, int vocational, int highSchool, int college, int under50) => d.Field switch
    {
        "vocational" => vocational,
        "college" => college,
        "under50" => under50,
        "highschool" => highSchool,
        _ => throw new InvalidOperationException($"指标“{d.Name}”：未知的口径“{d.Field}”。"),
    };

    /// <summary>The aggregates of one group of the term, read once per report (every indicator of the group shares them).</summary>
    private static async Task<Parts?> PartsAsync(IndicatorDefinition d, IndicatorContext c, int termId, CancellationToken ct)
    {
        var key = $"cadres.{termId}.{d.Filter}";
        if (c.Memo.TryGetValue(key, out var memo))
        {
            return ((Cached<Parts>)memo).Value;
        }

        var highSchool = ElectionAge.HighSchoolOrAbove.ToList();
        var college = ElectionAge.CollegeOrAbove.ToList();
        // one term: grouping by it gives one row of all the aggregates
        var row = await Group(d, c, termId).GroupBy(x => x.TermId).Select(g => new Parts(
            g.Count(),
            g.Sum(x => (long)x.AgeAtElection),
            g.Count(x => highSchool.Contains(x.EducationAtElection)),
            g.Count(x => college.Contains(x.EducationAtElection)),
            g.Count(x => x.AgeAtElection < ElectionAge.YoungerThan),
            g.Count(x => x.EducationAtElection == Education.Vocational))).FirstOrDefaultAsync(ct);
        c.Memo[key] = new Cached<Parts>(row);
        return row;
    }

    private sealed record Parts(int Count, long AgeSum, int HighSchool, int College, int Under50, int Vocational);

    private sealed record Cached<T>(T? Value) where T : class;

    private static readonly CompiledPerModel<Func<AppDbContext, int, DateOnly, int, IAsyncEnumerable<ElectionTerm>>> Terms =
        new(() => EF.CompileAsyncQuery((AppDbContext db, int organization, DateOnly to, int back) => db.ElectionTerms.AsNoTracking()
            .Where(t => t.OrganizationId == organization && t.ElectedOn <= to).OrderByDescending(t => t.ElectedOn).ThenByDescending(t => t.Id).Skip(back).Take(1)));

    private static async Task<ElectionTerm?> TermAsync(IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        // the latest term by the year's end, read once per organization, year and terms back
        if (!c.Memo.TryGetValue("cadres.term", out var memo))
        {
            var terms = await Terms.For(c.Db)(c.Db, c.Organization.Id, c.To, c.TermsBack).ToListAsync(ct);
            c.Memo["cadres.term"] = memo = new Cached<ElectionTerm>(terms.FirstOrDefault());
        }

        var term = ((Cached<ElectionTerm>)memo).Value;
        return d.Scope == "elected" && c.TermsBack == 0 && term?.ElectedOn.Year != c.Year ? null : term;
    }

    private static IQueryable<Cadre> Group(IndicatorDefinition d, IndicatorContext c, int termId)
    {
        var cadres = c.Db.Cadres.Where(x => x.TermId == termId);
        return d.Filter switch
        {
            "secretaries" => cadres.Where(CadreGroups.Secretaries),
            "leaders" => cadres.Where(CadreGroups.SecretariesAndDeputies),
            "deputies" => cadres.Where(x => x.PartyPost == PartyPost.DeputySecretary),
            "committee" => cadres.Where(CadreGroups.PartyCommitteeMembers),
            _ => cadres,
        };
    }

    private static string EducationLabel(Education e) => PeopleLabels.Of(e);
}
