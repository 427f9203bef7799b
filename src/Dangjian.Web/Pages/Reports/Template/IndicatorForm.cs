using System.Globalization;
using Dangjian.Core.Categories;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Web.Pages.Reports.Template;

/// <summary>
/// A county indicator (new, or replacing one of the same id) and, optionally, a clause using it added to a sentence of 一、
/// (<see cref="Place"/> "2-1": theme 2, sentence 1; "2-new": a new sentence in theme 2).
/// </summary>
public sealed class IndicatorForm
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Source { get; set; } = "work";
    public string? Kind { get; set; } = nameof(IndicatorKind.Sum);
    public string? Filter { get; set; }
    public string? Field { get; set; }
    public string? Scope { get; set; } = "subtree";

    /// <summary>Code of a county tag of the source's family (本县类别或子类别); empty: any.</summary>
    public string? Tag { get; set; }

    /// <summary>Organization levels and kinds the records must belong to (<see cref="Dangjian.Core.Organizations.OrgLevel"/>, <see cref="Dangjian.Core.Organizations.OrgSector"/> names); none: any.</summary>
    public List<string> OrgLevels { get; set; } = [];
    public List<string> OrgSectors { get; set; } = [];
    public string? Threshold { get; set; }

    /// <summary>The exclusive upper bound of a bucket ("10万元以上" up to 15): kept when an income band is replaced.</summary>
    public string? Below { get; set; }
    public string? Compare { get; set; } = nameof(IndicatorComparison.None);
    public string? Definition { get; set; }
    public string? Place { get; set; }
    public string? Clause { get; set; }

    public static IndicatorForm From(IndicatorDefinition d) => new()
    {
        Id = d.Id, Name = d.Name, Unit = d.Unit, Source = d.Source, Kind = d.Kind.ToString(), Filter = d.Filter, Field = d.Field, Scope = d.Scope,
        Tag = d.Tag, OrgLevels = Split(d.OrgLevels), OrgSectors = Split(d.OrgSectors),
        Threshold = d.Threshold?.ToString(CultureInfo.InvariantCulture),
        Below = d.Below?.ToString(CultureInfo.InvariantCulture), Compare = d.Compare.ToString(), Definition = d.Definition,
    };

    /// <summary>A new indicator counting a county tag's records (with its sub-categories) in the tag's unit.</summary>
    public static IndicatorForm ForTag(RecordTag tag) => new()
    {
        Id = $"county.{tag.Code}", Name = tag.Name, Unit = tag.Unit, Kind = nameof(IndicatorKind.Count), Tag = tag.Code,
        Source = CategoryRules.FamilyOfSource.First(s => s.Value == tag.Family).Key,
    };

    public IEnumerable<(string Field, string Message)> Errors()
    {
        if (!Enum.GetNames<IndicatorKind>().Contains(Kind))
        {
            yield return ("Form.Kind", $"未知的统计方式“{Kind}”。");
        }

        if (!Enum.GetNames<IndicatorComparison>().Contains(Compare))
        {
            yield return ("Form.Compare", $"未知的比较方式“{Compare}”。");
        }

        if (!string.IsNullOrWhiteSpace(Threshold) && !decimal.TryParse(Threshold, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            yield return ("Form.Threshold", "阈值应为数字。");
        }

        if (!string.IsNullOrWhiteSpace(Below))
        {
            if (!decimal.TryParse(Below, NumberStyles.Number, CultureInfo.InvariantCulture, out var below))
            {
                yield return ("Form.Below", "上限应为数字。");
            }
            else if (Kind != nameof(IndicatorKind.BucketCount))
            {
                yield return ("Form.Below", "只有“达到阈值的党组织数”可以设上限。");
            }
            else if (decimal.TryParse(Threshold, NumberStyles.Number, CultureInfo.InvariantCulture, out var from) && below <= from)
            {
                yield return ("Form.Below", $"上限应大于阈值{Threshold!.Trim()}。");
            }
        }
    }

    /// <summary>The definition as entered (call after <see cref="Errors"/> found nothing; unknown words fall back to defaults).</summary>
    public IndicatorDefinition ToDefinition() => new()
    {
        Id = Trim(Id) ?? "", Name = Trim(Name) ?? "", Unit = Trim(Unit) ?? "", Source = Trim(Source) ?? "",
        Kind = Enum.TryParse<IndicatorKind>(Kind, out var kind) ? kind : IndicatorKind.Count,
        Filter = Trim(Filter), Field = Trim(Field), Scope = Trim(Scope) ?? "subtree",
        Tag = Trim(Tag), OrgLevels = Join(OrgLevels), OrgSectors = Join(OrgSectors),
        Threshold = decimal.TryParse(Threshold, NumberStyles.Number, CultureInfo.InvariantCulture, out var t) ? t : null,
        Below = decimal.TryParse(Below, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) ? b : null,
        Compare = Enum.TryParse<IndicatorComparison>(Compare, out var compare) ? compare : IndicatorComparison.None,
        Definition = Trim(Definition),
    };

    /// <summary>The themes with the clause added where <see cref="Place"/> says; null with no place; an error for a bad place.</summary>
    public (List<ThemeTemplate>? Themes, string? Error) AddClause(IReadOnlyList<ThemeTemplate> themes, IndicatorDefinition d)
    {
        if (string.IsNullOrWhiteSpace(Place))
        {
            return (null, null);
        }

        var parts = Place.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var t) || t < 1 || t > themes.Count)
        {
            return (null, "请选择要加入分句的句子。");
        }

        var theme = themes[t - 1];
        var sentences = theme.Sentences.ToList();
        var clause = Trim(Clause) ?? d.Name + FigureTokens.Fig(d.Id) + (d.Compare == IndicatorComparison.None ? "" : FigureTokens.Cmp(d.Id));
        if (parts[1] == "new")
        {
            sentences.Add(new SentenceTemplate { Clauses = [clause] });
        }
        else if (int.TryParse(parts[1], out var s) && s >= 1 && s <= sentences.Count)
        {
            sentences[s - 1] = sentences[s - 1] with { Clauses = [.. sentences[s - 1].Clauses, clause] };
        }
        else
        {
            return (null, "请选择要加入分句的句子。");
        }

        var changed = themes.ToList();
        changed[t - 1] = theme with { Sentences = sentences };
        return (changed, null);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> Split(string? names) => (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Join(IEnumerable<string?>? names) =>
        Trim(string.Join(',', (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct()));
}
