using System.Text;

namespace Dangjian.Core.Members.Import;

/// <summary>Which spreadsheet column (0-based) feeds which member field.</summary>
public sealed class ColumnMapping
{
    private readonly Dictionary<RosterField, int> columns;

    public ColumnMapping(IReadOnlyList<string> headers, IReadOnlyDictionary<RosterField, int> columns)
    {
        Headers = headers;
        this.columns = columns.Where(c => c.Value >= 0 && c.Value < headers.Count).ToDictionary(c => c.Key, c => c.Value);
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyDictionary<RosterField, int> Columns => columns;

    public int? ColumnOf(RosterField field) => columns.TryGetValue(field, out var c) ? c : null;

    /// <summary>The header text of the column a field comes from, or the field's own name when unmapped.</summary>
    public string ColumnName(RosterField field) =>
        ColumnOf(field) is { } c && !string.IsNullOrWhiteSpace(Headers[c]) ? Headers[c].Trim() : RosterFields.Label(field);

    /// <summary>Each header mapped to the field it names; a field taken by an earlier column is not mapped twice.</summary>
    public static ColumnMapping Guess(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<RosterField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (RosterFields.Guess(headers[i]) is { } f)
            {
                map.TryAdd(f, i);
            }
        }

        return new ColumnMapping(headers, map);
    }

    /// <summary>What is wrong with the mapping itself (missing required fields, one column used twice), in Chinese.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var f in RosterFields.All.Where(RosterFields.IsRequired))
        {
            if (ColumnOf(f) is null)
            {
                problems.Add($"请指定“{RosterFields.Label(f)}”对应的列。");
            }
        }

        if (ColumnOf(RosterField.ResidentId) is null && (ColumnOf(RosterField.Sex) is null || ColumnOf(RosterField.BirthDate) is null))
        {
            problems.Add("请指定“身份证号”对应的列；没有身份证号时，必须指定“性别”和“出生日期”两列。");
        }

        foreach (var g in columns.GroupBy(c => c.Value).Where(g => g.Count() > 1))
        {
            problems.Add($"第 {g.Key + 1} 列（{Headers[g.Key]}）被同时指定给了：{string.Join("、", g.Select(x => RosterFields.Label(x.Key)))}。");
        }

        return problems;
    }

    /// <summary>"Field=header" lines, stored per organization as <see cref="ImportPreset.Mapping"/>.</summary>
    public string ToPreset()
    {
        var sb = new StringBuilder();
        foreach (var (field, column) in columns.OrderBy(c => c.Key))
        {
            sb.Append(field).Append('=').Append(Headers[column].Trim()).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The preset applied to these headers; fields whose header is absent fall back to <see cref="Guess"/>.</summary>
    public static ColumnMapping FromPreset(string? preset, IReadOnlyList<string> headers)
    {
        var guessed = Guess(headers).Columns.ToDictionary();
        if (string.IsNullOrWhiteSpace(preset))
        {
            return new ColumnMapping(headers, guessed);
        }

        var map = new Dictionary<RosterField, int>();
        foreach (var line in preset.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = line.IndexOf('=');
            if (eq > 0 && Enum.TryParse<RosterField>(line[..eq], out var field))
            {
                var header = line[(eq + 1)..].Trim();
                var index = -1;
                for (var i = 0; i < headers.Count && index < 0; i++)
                {
                    index = headers[i].Trim() == header ? i : -1;
                }

                if (index >= 0)
                {
                    map[field] = index;
                }
            }
        }

        foreach (var (field, column) in guessed)
        {
            if (!map.ContainsKey(field) && !map.ContainsValue(column))
            {
                map[field] = column;
            }
        }

        return new ColumnMapping(headers, map);
    }
}
