using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Time;

namespace Dangjian.Core.Reports.Check;

/// <summary>How a claimed figure stands against the records.</summary>
public enum RecordVerdict
{
    /// <summary>The records give the same value.</summary>
    Match,

    /// <summary>The records give another value (<see cref="CheckedFigure.Computed"/>).</summary>
    Differs,

    /// <summary>The indicator the figure speaks of counts nothing in the records for that organization and year.</summary>
    NoRecord,

    /// <summary>No indicator of the catalog could be told from the figure's words (never guessed).</summary>
    Unmatched,
}

/// <summary>
/// A claimed figure with its verdict and, when matched, the indicator and the value computed from the records (null: no record);
/// for an ambiguous catalog match, the names of the indicators it could be.
/// </summary>
public sealed record CheckedFigure(ClaimedFigure Claimed, RecordVerdict Verdict, string? IndicatorId = null, string? Computed = null,
    IReadOnlyList<string>? Candidates = null);

/// <summary>
/// Cross-checks a report's figures against the records: the report is composed afresh for the organization and year (the
/// county's catalog, categories and wording included), every figure of it is tied to the indicator whose token printed it,
/// and each claimed figure is matched to one of those by its unit and the words before it in its sentence (numbers left
/// out, so that an edited number does not unsettle its neighbours): the last 4 characters, or more while they fit figures
/// of two indicators. Matching is conservative: words that fit no composed figure, or still fit two indicators at the
/// sentence's start, leave the figure <see cref="RecordVerdict.Unmatched"/>; those then go to <see cref="CatalogMatch"/>.
/// </summary>
public sealed class RecordCheck(AppDbContext db, TimeProvider clock)
{
    private static readonly int[] KeyLengths = [4, 8, 12, 16, 24];

    public async Task<IReadOnlyList<CheckedFigure>> CompareAsync(Organization organization, int year, ReportCheckResult result, CancellationToken ct = default)
    {
        var composed = await new ReportComposer(db, clock.Today()).ComposeAsync(new ReportInput(organization, year), ct);
        var known = Known(composed);
        var printed = result.Figures.Select(c => Judge(c, Words(result.Report.Text, c.Start), known)).ToList();
        return await new CatalogMatch(db, clock.Today()).JudgeAsync(organization, year, printed, ct);
    }

    /// <summary>Every figure of the composed text with the indicator whose {{fig:…}} token printed it and the words before it.</summary>
    public static IReadOnlyList<PrintedFigure> Known(ComposedReport composed)
    {
        var list = new List<PrintedFigure>();
        foreach (var paragraph in composed.Paragraphs)
        {
            var text = new System.Text.StringBuilder();
            var spans = new List<(int Start, int End, string Id)>();
            foreach (var (part, key) in FigureTokens.Parts(paragraph.Text))
            {
                var printed = key is null ? part : composed.Figures.GetValueOrDefault(key) ?? "";
                if (key is not null && key.StartsWith("fig:", StringComparison.Ordinal) && printed.Length > 0)
                {
                    spans.Add((text.Length, text.Length + printed.Length, key[4..]));
                }

                text.Append(printed);
            }

            var rendered = text.ToString();
            foreach (var figure in FigureExtractor.Extract(rendered))
            {
                if (spans.FirstOrDefault(s => figure.Start >= s.Start && figure.Start < s.End) is { Id: { } id })
                {
                    list.Add(new PrintedFigure(figure, id, Words(rendered, figure.Start)));
                }
            }
        }

        return list;
    }

    private static CheckedFigure Judge(ClaimedFigure claimed, string words, IReadOnlyList<PrintedFigure> known)
    {
        var sameUnit = known.Where(k => k.Figure.Unit == claimed.Unit).ToList();
        foreach (var length in KeyLengths)
        {
            var key = Tail(words, length);
            var candidates = sameUnit.Where(k => Tail(k.Words, length) == key).ToList();
            if (key.Length == 0 || candidates.Count == 0)
            {
                break;
            }

            if (candidates.Select(c => c.IndicatorId).Distinct().Count() == 1)
            {
                var figure = candidates.FirstOrDefault(c => c.Figure.Value == claimed.Value) ?? candidates[0];
                var verdict = figure.Figure.Value == claimed.Value ? RecordVerdict.Match : figure.Figure.Value == 0 ? RecordVerdict.NoRecord : RecordVerdict.Differs;
                return new CheckedFigure(claimed, verdict, figure.IndicatorId, figure.Figure.Text);
            }

            if (key.Length < length)
            {
                break;
            }
        }

        return new CheckedFigure(claimed, RecordVerdict.Unmatched);
    }

    /// <summary>The words of the sentence before position <paramref name="at"/>, numbers left out.</summary>
    private static string Words(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('。' or '；' or '！' or '？' or '\n'))
        {
            start--;
        }

        return string.Concat(text[start..at].Where(ch => !char.IsAsciiDigit(ch) && ch != '.'));
    }

    private static string Tail(string words, int length) => words.Length <= length ? words : words[^length..];
}

/// <summary>A figure the composer printed: the figure as extracted, the indicator whose token printed it, the words before it.</summary>
public sealed record PrintedFigure(ClaimedFigure Figure, string IndicatorId, string Words);
