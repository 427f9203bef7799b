namespace Dangjian.Core.Data;

/// <summary>The one place that says which organization subtrees the current caller may see.</summary>
public interface IOrgScope
{
    /// <summary>
    /// Materialized paths of the roots of the visible subtrees (usually one: the account's organization; a liaison
    /// leader's assigned branches), or null for an unscoped system context. An empty list sees nothing.
    /// </summary>
    IReadOnlyList<string>? Paths { get; }
}
