using Dangjian.Core.Data;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// The township's own words of a year for the report: its highlights (of records of the township and the organizations
/// below it, by the date of the fact) per theme key, and its campaign names and slogans.
/// </summary>
public sealed record YearWords(ILookup<string, Highlight> Highlights, IReadOnlyList<string> Campaigns, IReadOnlyList<string> Slogans)
{
    public static async Task<YearWords> LoadAsync(AppDbContext db, Organization township, int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var highlights = await HighlightsOfYear.For(db)(db, township.Path, Subtree.End(township.Path), from, to).ToListAsync(ct);
        var campaigns = await CampaignsOfYear.For(db)(db, township.Id, year).ToListAsync(ct);
        return new(highlights.ToLookup(h => h.ThemeKey, StringComparer.Ordinal),
            campaigns.Where(c => c.Kind == CampaignKind.Campaign).Select(c => c.Name).ToList(),
            campaigns.Where(c => c.Kind == CampaignKind.Slogan).Select(c => c.Name).ToList());
    }

    // the subtree's range written out as Subtree.Under writes it: a compiled query's parameters must be plain values
    private static readonly CompiledPerModel<Func<AppDbContext, string, string, DateOnly, DateOnly, IAsyncEnumerable<Highlight>>> HighlightsOfYear =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string prefix, string end, DateOnly from, DateOnly to) => db.Highlights.AsNoTracking()
            .Where(h => string.Compare(h.Organization!.Path, prefix) >= 0 && string.Compare(h.Organization.Path, end) < 0)
            .Where(h => h.HappenedOn >= from && h.HappenedOn <= to)
            .OrderBy(h => h.HappenedOn).ThenBy(h => h.Id).Take(500)));

    private static readonly CompiledPerModel<Func<AppDbContext, int, int, IAsyncEnumerable<CampaignName>>> CampaignsOfYear =
        new(() => EF.CompileAsyncQuery((AppDbContext db, int township, int year) => db.Campaigns.AsNoTracking()
            .Where(c => c.OrganizationId == township && c.Year == year)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).Select(c => new CampaignName(c.Kind, c.Name))));

    private sealed record CampaignName(CampaignKind Kind, string Name);

    /// <summary>"“四抓两整治”“基层党建质量提升年”": each name quoted, side by side (no 顿号 between quoted names).</summary>
    public static string Quoted(IEnumerable<string> names) => string.Concat(names.Select(n => $"“{n}”"));
}
