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
        var highlights = await db.Highlights.AsNoTracking()
            .Under(h => h.Organization!.Path, township.Path).Where(h => h.HappenedOn >= from && h.HappenedOn <= to)
            .OrderBy(h => h.HappenedOn).ThenBy(h => h.Id).Take(500).ToListAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.OrganizationId == township.Id && c.Year == year)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).Select(c => new { c.Kind, c.Name }).ToListAsync(ct);
        return new(highlights.ToLookup(h => h.ThemeKey, StringComparer.Ordinal),
            campaigns.Where(c => c.Kind == CampaignKind.Campaign).Select(c => c.Name).ToList(),
            campaigns.Where(c => c.Kind == CampaignKind.Slogan).Select(c => c.Name).ToList());
    }

    /// <summary>"“四抓两整治”“基层党建质量提升年”": each name quoted, side by side (no 顿号 between quoted names).</summary>
    public static string Quoted(IEnumerable<string> names) => string.Concat(names.Select(n => $"“{n}”"));
}
