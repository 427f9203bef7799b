using Dangjian.Core.Categories;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// The filters every tagged record family shares: the county's tag (with its sub-categories) and the level and kind of
/// the record's organization (<see cref="IndicatorDefinition.Tag"/>, <see cref="IndicatorDefinition.OrgLevels"/>,
/// <see cref="IndicatorDefinition.OrgSectors"/>), applied in SQL.
/// </summary>
public static class RecordFilters
{
    /// <summary>The sources whose records carry a tag and an organization, and so take these filters.</summary>
    public static IReadOnlyCollection<string> Sources => CategoryRules.FamilyOfSource.Keys.ToList();

    public static IQueryable<T> Filtered<T>(this IQueryable<T> records, IndicatorDefinition d) where T : class, ITaggedRecord
    {
        if (!string.IsNullOrWhiteSpace(d.Tag))
        {
            var code = d.Tag.Trim();
            records = records.Where(r => r.Tag!.Code == code || r.Tag.Parent!.Code == code);
        }

        var levels = SourceFigures.Names<OrgLevel>(d.OrgLevels);
        if (levels.Count > 0)
        {
            records = records.Where(r => levels.Contains(r.Organization!.Level));
        }

        var sectors = SourceFigures.Names<OrgSector>(d.OrgSectors);
        if (sectors.Count > 0)
        {
            records = records.Where(r => sectors.Contains(r.Organization!.Sector));
        }

        return records;
    }

    /// <summary>Whether the definition uses any of these filters (a source that does not read them must refuse it).</summary>
    public static bool Uses(IndicatorDefinition d) =>
        !string.IsNullOrWhiteSpace(d.Tag) || !string.IsNullOrWhiteSpace(d.OrgLevels) || !string.IsNullOrWhiteSpace(d.OrgSectors);
}
