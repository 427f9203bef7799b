namespace Dangjian.Core.Data;

/// <summary>A scope captured from a request, for work that outlives it (a background import keeps the user's scope).</summary>
public sealed record FixedOrgScope(IReadOnlyList<string>? Paths) : IOrgScope;
