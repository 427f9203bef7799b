using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;

namespace Dangjian.Core.Dashboard;

/// <summary>A published review result of a township: its participant row, total score, grade and rank.</summary>
public sealed record OverviewReview(int ParticipantId, decimal? Total, ReviewGrade? Grade, int? Rank);

/// <summary>
/// One township of the county overview. <see cref="Figures"/> holds each indicator column's figure by column key (null:
/// no records, which a count shows as 0 and a rate as no data); <see cref="Report"/> is the state of the year's latest
/// draft (null: none yet); <see cref="Review"/> is null until the year's review is published.
/// </summary>
public sealed record OverviewRow(Organization Township, IReadOnlyDictionary<string, Figure?> Figures, ReportState? Report, OverviewReview? Review)
{
    /// <summary>The value a column sorts by; null sorts last whichever the direction.</summary>
    public decimal? SortValue(OverviewColumn column) => column.Key switch
    {
        OverviewColumn.Report => Report switch { ReportState.Submitted => 2, ReportState.Draft => 1, _ => 0 },
        OverviewColumn.Review => Review?.Total,
        OverviewColumn.Name => null,
        _ => Figures.GetValueOrDefault(column.Key)?.Value ?? (column.Rate ? null : 0),
    };

    /// <summary>The cell as the page and the export show it.</summary>
    public string Text(OverviewColumn column) => column.Key switch
    {
        OverviewColumn.Name => Township.Name,
        OverviewColumn.Report => Report switch { ReportState.Submitted => "已提交", ReportState.Draft => "起草中", _ => "未起草" },
        OverviewColumn.Review => Review is { } r ? $"{ReviewLabels.Score(r.Total)}（{ReviewLabels.Of(r.Grade)}）" : "未公布",
        _ => Figures.GetValueOrDefault(column.Key) is { } f ? f.Text : column.Rate ? "—" : "0",
    };
}
