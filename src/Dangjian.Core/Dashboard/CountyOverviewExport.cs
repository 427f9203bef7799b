using Dangjian.Core.Members.Export;

namespace Dangjian.Core.Dashboard;

/// <summary>The county overview as .xlsx: one sheet, the page's columns and cells in the page's order; the caller audits the export.</summary>
public static class CountyOverviewExport
{
    public static IReadOnlyList<string> Headers { get; } = OverviewColumn.All.Select(c => c.Title).ToList();

    public static Task<int> WriteAsync(Stream output, int year, IReadOnlyList<OverviewRow> rows, CancellationToken ct = default) =>
        XlsxStreamWriter.WriteAsync(output, $"{year}年乡镇党建工作对比", Headers,
            rows.Select(r => OverviewColumn.All.Select(r.Text).ToArray<string?>()).ToAsyncEnumerable(), ct);
}
