using System.Linq.Expressions;
using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>
/// 换届 statistics of a township, aggregated in SQL (one GROUP BY over term and education at election):
/// all cadres recorded for a term count, including those who left later, since the figures describe the election.
/// </summary>
public sealed class ElectionStatistics(AppDbContext db) : IOperation
{
    /// <summary>The village party secretaries of every term of the township, oldest first, each compared with the term before.</summary>
    public async Task<IReadOnlyList<TermStatistics>> SecretariesAsync(int townshipId, CancellationToken ct = default)
    {
        var terms = await db.ElectionTerms.AsNoTracking().Where(t => t.OrganizationId == townshipId)
            .OrderBy(t => t.ElectedOn).ThenBy(t => t.Id).ToListAsync(ct);
        var groups = await GroupAsync(townshipId, CadreGroups.Secretaries, ct);
        var result = new List<TermStatistics>();
        for (var i = 0; i < terms.Count; i++)
        {
            var previous = i == 0 ? null : terms[i - 1];
            result.Add(new TermStatistics(terms[i], previous, Of(groups, terms[i]), previous is null ? null : Of(groups, previous)));
        }

        return result;
    }

    /// <summary>Figures of any group of cadres (secretaries, deputies, committee members…) per term id of the township.</summary>
    public async Task<IReadOnlyDictionary<int, CadreGroupFigures>> GroupAsync(int townshipId, Expression<Func<Cadre, bool>> who, CancellationToken ct = default)
    {
        var buckets = await db.Cadres.Where(c => c.Term!.OrganizationId == townshipId).Where(who)
            .GroupBy(c => new { c.TermId, c.EducationAtElection })
            .Select(g => new EducationBucket(
                g.Key.TermId,
                g.Key.EducationAtElection,
                g.Count(),
                g.Sum(c => (long)c.AgeAtElection),
                g.Count(c => c.AgeAtElection < ElectionAge.YoungerThan),
                g.Count(c => c.PartyPost == PartyPost.Secretary && c.VillagePost == VillagePost.Director),
                g.Count(c => c.IsFullTimeSecretary)))
            .ToListAsync(ct);
        return buckets.GroupBy(b => b.TermId).ToDictionary(g => g.Key, CadreGroupFigures.From);
    }

    private static CadreGroupFigures Of(IReadOnlyDictionary<int, CadreGroupFigures> groups, ElectionTerm term) =>
        groups.GetValueOrDefault(term.Id) ?? CadreGroupFigures.Empty;
}

/// <summary>Who counts in a group: the usual groups of the duty reports.</summary>
public static class CadreGroups
{
    public static readonly Expression<Func<Cadre, bool>> Secretaries = c => c.PartyPost == PartyPost.Secretary;

    public static readonly Expression<Func<Cadre, bool>> SecretariesAndDeputies =
        c => c.PartyPost == PartyPost.Secretary || c.PartyPost == PartyPost.DeputySecretary;

    /// <summary>支委委员: members of the village party committee other than (deputy) secretaries.</summary>
    public static readonly Expression<Func<Cadre, bool>> PartyCommitteeMembers = c => c.PartyPost == PartyPost.CommitteeMember;
}
