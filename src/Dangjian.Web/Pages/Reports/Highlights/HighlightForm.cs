using Dangjian.Core.Reports.Highlights;

namespace Dangjian.Web.Pages.Reports.Highlights;

/// <summary>The highlight form: theme of 一、, what was done, where, with what result, and the version it was opened at.</summary>
public sealed class HighlightForm
{
    public string? ThemeKey { get; set; }
    public string? Event { get; set; }
    public string? Place { get; set; }
    public string? Narrative { get; set; }
    public int Version { get; set; }

    public HighlightDraft ToDraft() => new(ThemeKey, Event, Place, Narrative, Version);

    public static HighlightForm From(Highlight h) => new() { ThemeKey = h.ThemeKey, Event = h.Event, Place = h.Place, Narrative = h.Narrative, Version = h.Version };

    /// <summary>A new highlight: the record's title as the event and its place, or its organization's name without the party suffix.</summary>
    public static HighlightForm For(HighlightRecord record) => new() { Event = record.Title, Place = record.Place ?? ShortName(record.OrganizationName) };

    private static readonly string[] Suffixes = ["联合党支部", "党支部", "党总支", "党工委", "党委"];

    private static string ShortName(string name) =>
        Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix && name.Length > suffix.Length ? name[..^suffix.Length] : name;
}
