using System.Globalization;
using Dangjian.Core.Dashboard;

namespace Dangjian.Web.Pages.Reports;

/// <summary>The county overview table as shown (on /Reports/Overview and the county's home): rows in order, the sort, and where each cell leads.</summary>
public sealed record OverviewTable(string Page, int Year, IReadOnlyList<OverviewRow> Rows, string? Sort, bool Descending)
{
    public static OverviewTable Sorted(string page, int year, IReadOnlyList<OverviewRow> rows, string? sort, bool descending)
    {
        var column = OverviewColumn.Find(sort)?.Key;
        return new(page, year, CountyOverview.Sort(rows, column, descending), column, column is not null && descending);
    }

    /// <summary>The heading's link: sorts by the column, or reverses the order when already sorted by it.</summary>
    public string SortLink(OverviewColumn column) =>
        $"{Page}?year={Year.ToString(CultureInfo.InvariantCulture)}&sort={column.Key}&desc={(column.Key == Sort && !Descending ? 1 : 0)}";

    /// <summary>The page listing the records behind a cell.</summary>
    public string Link(OverviewRow row, OverviewColumn column)
    {
        var org = row.Township.Id.ToString(CultureInfo.InvariantCulture);
        var year = Year.ToString(CultureInfo.InvariantCulture);
        return column.Key switch
        {
            OverviewColumn.Name => $"/Organizations/Details/{org}",
            OverviewColumn.Report => row.Report is null ? $"/Reports?year={year}" : $"/Reports/Draft?org={org}&year={year}",
            OverviewColumn.Review => row.Review is { } r ? $"/Reviews/Participant/{r.ParticipantId.ToString(CultureInfo.InvariantCulture)}" : $"/Reviews?year={year}",
            _ => $"/Reports/Figure?org={org}&year={year}&indicator={Uri.EscapeDataString(column.IndicatorId!)}",
        };
    }
}
