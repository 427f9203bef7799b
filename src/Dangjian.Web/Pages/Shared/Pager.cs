using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Shared;

/// <summary>
/// One page of a long list (?page=N, <see cref="Size"/> rows a page), keeping the list's other filters in its links.
/// A page number out of range (0, negative, past the end, not a number) shows the nearest page.
/// </summary>
public sealed record Pager(int Number, int Total, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public const int Size = 50;

    public int Count => Pages(Total);
    public int Skip => (Number - 1) * Size;
    public int First => Total == 0 ? 0 : Skip + 1;
    public int Last => Math.Min(Total, Skip + Size);

    public static Pager Of(int? requested, int total, string path, IReadOnlyDictionary<string, string?> filters) =>
        new(Math.Clamp(requested ?? 1, 1, Pages(total)), total, path, filters);

    /// <summary>Counts the ordered query in SQL and reads only the requested page's rows.</summary>
    public static async Task<(Pager Pager, List<T> Rows)> PageAsync<T>(IQueryable<T> ordered, int? requested, string path, IReadOnlyDictionary<string, string?> filters)
    {
        var pager = Of(requested, await ordered.CountAsync(), path, filters);
        return (pager, await ordered.Skip(pager.Skip).Take(Size).ToListAsync());
    }

    /// <summary>The page of a list already in memory (one ordered in code, not in SQL).</summary>
    public static (Pager Pager, List<T> Rows) PageOf<T>(IReadOnlyList<T> all, int? requested, string path, IReadOnlyDictionary<string, string?> filters)
    {
        var pager = Of(requested, all.Count, path, filters);
        return (pager, all.Skip(pager.Skip).Take(Size).ToList());
    }

    private static int Pages(int total) => Math.Max(1, (total + Size - 1) / Size);

    public string Link(int number) =>
        QueryHelpers.AddQueryString(Path, Filters.Where(f => !string.IsNullOrEmpty(f.Value)).Append(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
