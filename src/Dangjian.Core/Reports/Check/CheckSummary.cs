using Dangjian.Core.Members.Export;

namespace Dangjian.Core.Reports.Check;

/// <summary>One line per finding and per figure of each checked report, as printed by the CLI and written to the .xlsx summary.</summary>
public static class CheckSummary
{
    public static readonly IReadOnlyList<string> Headers = ["文件", "行", "类别", "种类", "原文", "主语", "数值", "单位", "修饰", "说明", "核对结果", "记录数值"];

    /// <param name="against">Each figure against the records (<see cref="RecordCheck"/>, same order as the result's figures); null when not checked against records.</param>
    public static IEnumerable<string?[]> Rows(string name, ReportCheckResult result, IReadOnlyList<CheckedFigure>? against = null) =>
        result.Findings.Select(f => new string?[] { name, Line(result, f.Start), "问题", f.Kind.Label(), f.Excerpt, null, null, null, null, f.Message, null, null })
            .Concat(result.Figures.Select((f, i) => new string?[]
            {
                name, Line(result, f.Start), "数字", null, f.Text, f.Subject, f.ValueText, f.Unit, f.Modifier, Candidates(against?[i]),
                against is null ? null : CheckLabels.Of(against[i].Verdict), against?[i].Computed,
            }));

    private static string? Candidates(CheckedFigure? figure) =>
        figure is { Candidates: { Count: > 0 } names } ? "可能对应：" + string.Join("、", names) : null;

    public static string Print(string name, string?[] row) => row[2] == "问题"
        ? $"{name}:{row[1]}: [{row[3]}] {row[9]}（{row[4]}）"
        : $"{name}:{row[1]}: 数字 {row[5]} = {row[6]}{row[7]}{(string.IsNullOrEmpty(row[8]) ? "" : $"（{row[8]}）")}";

    public static Task<int> WriteXlsxAsync(Stream output, IEnumerable<string?[]> rows, CancellationToken ct = default) =>
        XlsxStreamWriter.WriteAsync(output, "体检结果", Headers, rows.ToAsyncEnumerable(), ct);

    private static string Line(ReportCheckResult result, int at) => result.LineOf(at).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
