using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Several counts from one statement (as <see cref="Loop.LoopCounts"/> does): each set names the owning
/// organization of every row it counts; the sets are unioned as (organization, mark) rows, the mark being the set's
/// position, and counted by one GROUP BY. A count is the same number the set's own COUNT(*) gives.
/// </summary>
public static class MarkCounts
{
    /// <summary>A counted row: its organization and the set it came from. A class with setters so EF can union the projections.</summary>
    public sealed class OrgMark
    {
        public int OrganizationId { get; set; }
        public int Mark { get; set; }
    }

    /// <summary>Rows of each set by organization: (organization id, set index) → count; pairs without rows are absent.</summary>
    public static async Task<Dictionary<(int Organization, int Mark), int>> ByOrganizationAsync(IReadOnlyList<IQueryable<int>> sets, CancellationToken ct)
    {
        if (sets.Count == 0)
        {
            return [];
        }

        var rows = await Union(sets).GroupBy(m => new { m.OrganizationId, m.Mark })
            .Select(g => new { g.Key.OrganizationId, g.Key.Mark, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.OrganizationId, r.Mark), r => r.Count);
    }

    /// <summary>Rows of each set, by set index (0 for a set without rows).</summary>
    public static async Task<int[]> TotalsAsync(IReadOnlyList<IQueryable<int>> sets, CancellationToken ct)
    {
        var totals = new int[sets.Count];
        if (sets.Count == 0)
        {
            return totals;
        }

        var rows = await Union(sets).GroupBy(m => m.Mark).Select(g => new { Mark = g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var row in rows)
        {
            totals[row.Mark] = row.Count;
        }

        return totals;
    }

    private static IQueryable<OrgMark> Union(IReadOnlyList<IQueryable<int>> sets)
    {
        IQueryable<OrgMark>? all = null;
        for (var i = 0; i < sets.Count; i++)
        {
            var marked = sets[i].Select(Marked(i));
            all = all is null ? marked : all.Concat(marked);
        }

        return all!;
    }

    /// <summary><c>id => new OrgMark { OrganizationId = id, Mark = i }</c> with i a constant, which set operations need (a parameter would not be a column).</summary>
    private static Expression<Func<int, OrgMark>> Marked(int mark)
    {
        var id = Expression.Parameter(typeof(int), "id");
        var body = Expression.MemberInit(Expression.New(typeof(OrgMark)),
            Expression.Bind(typeof(OrgMark).GetProperty(nameof(OrgMark.OrganizationId))!, id),
            Expression.Bind(typeof(OrgMark).GetProperty(nameof(OrgMark.Mark))!, Expression.Constant(mark)));
        return Expression.Lambda<Func<int, OrgMark>>(body, id);
    }
}
