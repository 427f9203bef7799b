using System.Text.RegularExpressions;
using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Reports.Template;

/// <summary>
/// What is wrong with a county's template parts before they are saved, in Chinese: county indicators (id, name, unit,
/// a registered source, an existing work category), figure tokens naming no indicator, written outside a clause (the
/// composer computes only clause and problem figures) or left incomplete. <see cref="TrialAsync"/> then computes each
/// county indicator once, which catches what only its source knows (a kind it cannot aggregate, an unknown filter).
/// </summary>
public static partial class ReportTemplateCheck
{
    [GeneratedRegex(@"^[A-Za-z0-9._\-]+$")]
    private static partial Regex IdPattern();

    /// <param name="tags">the county's tags as "Family:code" (<see cref="Categories.RecordFamily"/>), for indicators filtering on one.</param>
    public static IReadOnlyList<string> Errors(ReportTemplate parts, IEnumerable<string> sources, IReadOnlySet<string> workCategories, IReadOnlySet<string>? tags = null)
    {
        var errors = new List<string>();
        var county = parts.Indicators ?? [];
        var known = sources.ToHashSet(StringComparer.Ordinal);
        errors.AddRange(county.SelectMany(d => Indicator(d, known, workCategories)));
        errors.AddRange(county.SelectMany(d => RecordFilterErrors(d, tags ?? new HashSet<string>())));
        errors.AddRange(county.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => $"指标编号“{g.Key}”重复。"));
        var catalog = IndicatorCatalog.Builtin.With(county);
        var effective = ReportTemplate.Default.With(parts);
        foreach (var (where, text, clause) in Texts(effective))
        {
            errors.AddRange(Tokens(where, text, clause, catalog));
        }

        errors.AddRange((effective.Problems ?? []).Where(r => catalog.Find(r.When) is null)
            .Select(r => $"存在问题的规则：指标编号“{r.When}”不存在。"));
        var causes = (effective.Causes ?? []).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        errors.AddRange((effective.Problems ?? []).Where(r => IdPattern().IsMatch(r.Cause) && !causes.Contains(r.Cause))
            .Select(r => $"存在问题的规则：原因编号“{r.Cause}”不存在。"));
        if (CountyTemplates.Serialize(parts).Length > CountyTemplates.MaxJsonLength)
        {
            errors.Add("本县模板过长，请精简文字。");
        }

        return errors.Distinct().ToList();
    }

    /// <summary>Computes every county indicator for one township and year; a source's refusal becomes an error.</summary>
    public static async Task<IReadOnlyList<string>> TrialAsync(AppDbContext db, ReportTemplate parts, Organization township, int year, DateOnly today, CancellationToken ct = default)
    {
        var county = parts.Indicators ?? [];
        var service = new IndicatorService(db, IndicatorCatalog.Builtin.With(county), today);
        var errors = new List<string>();
        foreach (var d in county)
        {
            try
            {
                await service.ComputeAsync(d.Id, township, year, ct);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
            {
                errors.Add($"指标“{d.Name}”无法计算：{e.Message}");
            }
            catch (ArgumentException)
            {
                errors.Add($"指标“{d.Name}”无法计算：筛选条件“{d.Filter}”不是数据来源“{d.Source}”能识别的取值。");
            }
        }

        return errors;
    }

    private static IEnumerable<string> Indicator(IndicatorDefinition d, HashSet<string> sources, IReadOnlySet<string> workCategories)
    {
        var name = string.IsNullOrWhiteSpace(d.Name) ? d.Id : d.Name;
        if (string.IsNullOrWhiteSpace(d.Id) || !IdPattern().IsMatch(d.Id))
        {
            yield return $"指标编号“{d.Id}”无效：只能由英文字母、数字、点和横线组成，不能为空。";
        }

        if (string.IsNullOrWhiteSpace(d.Name))
        {
            yield return $"指标“{d.Id}”：名称不能为空。";
        }

        if (string.IsNullOrWhiteSpace(d.Unit))
        {
            yield return $"指标“{name}”：单位不能为空。";
        }

        if (!sources.Contains(d.Source))
        {
            yield return $"指标“{name}”：未知的数据来源“{d.Source}”。";
        }
        else if (d.Source == "work" && !workCategories.Contains(d.Filter ?? "") && (!string.IsNullOrEmpty(d.Filter) || string.IsNullOrWhiteSpace(d.Tag)))
        {
            yield return $"指标“{name}”：没有编码为“{d.Filter}”的工作记录类别。";
        }

        if (!Enum.IsDefined(d.Kind) || !Enum.IsDefined(d.Compare))
        {
            yield return $"指标“{name}”：未知的统计方式或比较方式。";
        }
    }

    /// <summary>The county-tag and organization filters: only on the tagged families, naming an existing tag, level or kind.</summary>
    private static IEnumerable<string> RecordFilterErrors(IndicatorDefinition d, IReadOnlySet<string> tags)
    {
        var name = string.IsNullOrWhiteSpace(d.Name) ? d.Id : d.Name;
        if (!RecordFilters.Uses(d))
        {
            yield break;
        }

        if (!CategoryRules.FamilyOfSource.TryGetValue(d.Source, out var family))
        {
            yield return $"指标“{name}”：数据来源“{d.Source}”不能按本县类别、党组织层级或类型筛选（只有工作记录、办实事和志愿服务、督查、会议可以）。";
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(d.Tag) && !tags.Contains($"{family}:{d.Tag.Trim()}"))
        {
            yield return $"指标“{name}”：本县没有编码为“{d.Tag}”的{CategoryRules.FamilyNames[family]}类别。";
        }

        foreach (var level in Unknown<OrgLevel>(d.OrgLevels))
        {
            yield return $"指标“{name}”：未知的党组织层级“{level}”。";
        }

        foreach (var sector in Unknown<OrgSector>(d.OrgSectors))
        {
            yield return $"指标“{name}”：未知的党组织类型“{sector}”。";
        }
    }

    private static IEnumerable<string> Unknown<T>(string? names) where T : struct, Enum =>
        (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => !Enum.TryParse<T>(n, ignoreCase: false, out var v) || !Enum.IsDefined(v) || int.TryParse(n, out _));

    private static IEnumerable<string> Tokens(string where, string text, bool clause, IndicatorCatalog catalog)
    {
        var keys = FigureTokens.Keys(text).ToList();
        foreach (var key in keys.Where(k => catalog.Find(k[4..]) is null).Distinct())
        {
            yield return $"{where}：“{{{{{key}}}}}”中的指标编号“{key[4..]}”不存在。";
        }

        if (!clause && keys.Count > 0)
        {
            yield return $"{where}：数字标记只能写在分句中（每行一个分句），不能写在这里。";
        }

        var rest = FigureTokens.Render(text, _ => "");
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            yield return $"{where}：有不完整的数字标记，应写作 {{{{fig:指标编号}}}}。";
        }
    }

    /// <summary>Every text of the template with where it is (for messages) and whether it may hold figure tokens.</summary>
    private static IEnumerable<(string Where, string Text, bool Clause)> Texts(ReportTemplate t)
    {
        yield return ("标题", t.Title ?? "", false);
        yield return ("开头", t.Opening ?? "", false);
        foreach (var (theme, i) in (t.Highlights ?? []).Select((x, i) => (x, i + 1)))
        {
            yield return ($"第{i}段主题", theme.Theme, false);
            yield return ($"第{i}段引言", theme.Lead, false);
            yield return ($"第{i}段结语", theme.Close, false);
            foreach (var (sentence, j) in theme.Sentences.Select((x, j) => (x, j + 1)))
            {
                yield return ($"第{i}段第{j}句开头", sentence.Prefix, false);
                yield return ($"第{i}段第{j}句结尾", sentence.Suffix, false);
                foreach (var c in sentence.Clauses)
                {
                    yield return ($"第{i}段第{j}句的分句", c, true);
                }
            }
        }

        foreach (var (rule, i) in (t.Problems ?? []).Select((x, i) => (x, i + 1)))
        {
            yield return ($"第{i}条问题规则", rule.Problem, true);
            yield return ($"第{i}条问题规则的原因", rule.Cause, false);
            yield return ($"第{i}条问题规则的措施", rule.Measure, false);
        }

        foreach (var cause in t.Causes ?? [])
        {
            yield return ($"原因“{cause.Key}”", cause.Text, false);
        }

        yield return ("亮点的写法", t.HighlightSentence ?? "", false);
        yield return ("无地点亮点的写法", t.HighlightSentenceWithoutPlace ?? "", false);
        yield return ("下一步工作的开头", t.NextStepsLead ?? "", false);
        foreach (var m in t.DefaultMeasures ?? [])
        {
            yield return ("默认措施", m, false);
        }
    }
}
