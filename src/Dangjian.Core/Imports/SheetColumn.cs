namespace Dangjian.Core.Imports;

/// <summary>
/// A column of an import sheet: the header the template writes, the other headers real ledgers use for it, whether
/// it must be filled, and the explanation and example the template's second sheet gives.
/// </summary>
public sealed record SheetColumn<TField>(TField Field, string Label, IReadOnlyList<string> Synonyms, bool Required, string Explanation, string Example)
    where TField : struct, Enum;

public static class SheetColumns
{
    /// <summary>Header text without spaces, "*", brackets and colons (templates mark required columns with "*").</summary>
    public static string Normalize(string? header) =>
        new((header ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '(' or ')' or '（' or '）' or ':' or '：')).ToArray());

    /// <summary>The column a header names: its label or a synonym, compared after <see cref="Normalize"/>.</summary>
    public static SheetColumn<TField>? Find<TField>(IReadOnlyList<SheetColumn<TField>> columns, string? header)
        where TField : struct, Enum
    {
        var h = Normalize(header);
        return h.Length == 0 ? null : columns.FirstOrDefault(c => Normalize(c.Label) == h || c.Synonyms.Any(s => Normalize(s) == h));
    }
}
