namespace Dangjian.Core.Data;

/// <summary>The one place that says which organization subtree the current caller may see.</summary>
public interface IOrgScope
{
    /// <summary>Materialized path of the root of the visible subtree, or null for an unscoped system context.</summary>
    string? Path { get; }
}
