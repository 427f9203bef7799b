using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Dangjian.Web.Meetings;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Where each organization of a county-wide list sits: its township, and a label that names the township too wherever
/// the same name occurs twice in the list (two 幸福村党支部 in different townships).
/// </summary>
public static class TownshipPlaces
{
    /// <param name="Township">the township committee above it, or null when the user's scope does not include it.</param>
    public sealed record Place(int Id, string Name, int? TownshipId, string? Township, string Label);

    /// <param name="orgs">id, name and path, in display order.</param>
    public static async Task<IReadOnlyList<Place>> OfAsync(AppDbContext db, IReadOnlyList<(int Id, string Name, string Path)> orgs)
    {
        var above = orgs.SelectMany(o => OrgPaths.Ancestors(o.Path)).Distinct().ToList();
        var townships = await db.Organizations.AsNoTracking()
            .Where(o => above.Contains(o.Id) && o.Level == OrgLevel.TownshipCommittee)
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name);
        var repeated = orgs.GroupBy(o => o.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return orgs.Select(o =>
        {
            var township = OrgPaths.Ancestors(o.Path).Where(townships.ContainsKey).Select(id => (int?)id).FirstOrDefault();
            var townshipName = township is { } t ? townships[t] : null;
            var label = townshipName is not null && repeated.Contains(o.Name) ? $"{Short(townshipName)}·{o.Name}" : o.Name;
            return new Place(o.Id, o.Name, township, townshipName, label);
        }).ToList();
    }

    /// <summary>青石镇党委 → 青石镇: the place is what tells two namesakes apart.</summary>
    public static string Short(string township) =>
        township.EndsWith("党委", StringComparison.Ordinal) && township.Length > 2 ? township[..^2] : township;
}
