namespace Dangjian.Core.Indicators;

/// <summary>
/// A source whose count indicators count rows each owned by one organization: it names the owning organization of every
/// row an indicator counts, so the counts of many subtrees (the county overview's townships) come from one statement
/// over their common ancestor, summed per subtree, instead of one statement per subtree.
/// </summary>
public interface IRowCountSource
{
    /// <summary>The organization id of every counted row; null when the indicator is not such a plain row count.</summary>
    IQueryable<int>? CountedOrganizations(IndicatorDefinition definition, IndicatorContext context);
}
