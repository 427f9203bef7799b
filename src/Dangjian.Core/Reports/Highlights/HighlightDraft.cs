namespace Dangjian.Core.Reports.Highlights;

/// <summary>What the township writes about a highlight; <see cref="Version"/> is the version the form was opened at (0: new).</summary>
public sealed record HighlightDraft(string? ThemeKey, string? Event, string? Place, string? Narrative, int Version);
