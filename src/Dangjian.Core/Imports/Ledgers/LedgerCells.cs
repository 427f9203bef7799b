using System.Globalization;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members.Import;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// One data row of a ledger sheet as its kind reads it: cell text by field, and checks that record a Chinese problem
/// against the row and the column's header.
/// </summary>
public sealed class LedgerCells<TField>(RosterRow row, IReadOnlyDictionary<TField, int> index, IReadOnlyList<SheetColumn<TField>> columns,
    Action<ImportProblem> report)
    where TField : struct, Enum
{
    public int Row => row.RowNumber;
    public bool HasProblems { get; private set; }

    public string? Text(TField field) => index.TryGetValue(field, out var c) ? RosterReader.Text(row[c]) : null;

    public void Problem(TField field, string message)
    {
        HasProblems = true;
        report(new ImportProblem(Row, Label(field), message));
    }

    public string Label(TField field) => columns.First(c => c.Field.Equals(field)).Label;

    /// <summary>The cell's text; a problem when it is blank or longer than <paramref name="max"/>.</summary>
    public string? Required(TField field, int max)
    {
        var text = Text(field);
        if (text is null)
        {
            Problem(field, $"{Label(field)}不能为空。");
            return null;
        }

        return Optional(field, max);
    }

    /// <summary>The cell's text or null; a problem when longer than <paramref name="max"/>.</summary>
    public string? Optional(TField field, int max)
    {
        var text = Text(field);
        if (text is not null && text.Length > max)
        {
            Problem(field, $"{Label(field)}不能超过{max}个字（现有{text.Length}个字）。");
            return null;
        }

        return text;
    }

    /// <summary>A date the fact happened: required, not after today, not before 2000.</summary>
    public DateOnly? Date(TField field, DateOnly today, bool required = true)
    {
        var text = Text(field);
        if (text is null)
        {
            if (required)
            {
                Problem(field, $"{Label(field)}不能为空。");
            }

            return null;
        }

        var date = SheetDate.Parse(text);
        if (date is null)
        {
            Problem(field, $"“{text}”不是有效的日期，请填写如 2026-03-15。");
        }
        else if (date > today)
        {
            Problem(field, $"{date:yyyy-MM-dd}晚于今天，不能登记尚未发生的事项。");
            return null;
        }
        else if (date.Value.Year < 2000)
        {
            Problem(field, $"{date:yyyy-MM-dd}早于2000年，请核对。");
            return null;
        }

        return date;
    }

    /// <summary>A year as "2025" or "2025年", from 2000 to this year.</summary>
    public int? Year(TField field, int thisYear)
    {
        var text = Text(field);
        if (text is null)
        {
            Problem(field, "年度不能为空。");
            return null;
        }

        if (!int.TryParse(text.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > thisYear)
        {
            Problem(field, $"“{text}”不是2000年到今年之间的年度，请填写如 {thisYear - 1}。");
            return null;
        }

        return year;
    }

    /// <summary>A date as written, or null when blank or unreadable (reported); its range is left to the record's own rules.</summary>
    public DateOnly? AnyDate(TField field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        var date = SheetDate.Parse(text);
        if (date is null)
        {
            Problem(field, $"“{text}”不是有效的日期，请填写如 2026-03-15。");
        }

        return date;
    }

    /// <summary>Reports each message of an entry operation's check (keyed by its draft's field) in the column <paramref name="columnOf"/> names.</summary>
    public void Problems(IReadOnlyDictionary<string, string> errors, Func<string, TField> columnOf)
    {
        foreach (var (field, message) in errors)
        {
            Problem(columnOf(field), message.EndsWith('。') ? message : message + "。");
        }
    }

    /// <summary>A non-negative number (decimals allowed when <paramref name="decimals"/>); null when blank.</summary>
    public decimal? Number(TField field, bool required, bool decimals = false, decimal max = 1_000_000_000m)
    {
        var text = Text(field);
        if (text is null)
        {
            if (required)
            {
                Problem(field, $"{Label(field)}不能为空。");
            }

            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0 || value > max
            || (!decimals && value != decimal.Truncate(value)))
        {
            Problem(field, decimals ? $"“{text}”不是有效的数值（不小于0）。" : $"“{text}”不是有效的整数（不小于0）。");
            return null;
        }

        return value;
    }

    /// <summary>One of the allowed values (matched after trimming); the problem lists them.</summary>
    public T? Choice<T>(TField field, IReadOnlyDictionary<string, T> allowed, bool required = true)
        where T : struct
    {
        var text = Text(field);
        if (text is null)
        {
            if (required)
            {
                Problem(field, $"{Label(field)}不能为空，可填：{string.Join("、", allowed.Keys)}。");
            }

            return null;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        Problem(field, $"“{text}”无法识别，可填：{string.Join("、", allowed.Keys)}。");
        return null;
    }

    /// <summary>是/否 (also 1/0, Y/N); blank is false.</summary>
    public bool YesNo(TField field)
    {
        var text = Text(field);
        switch (text)
        {
            case null or "否" or "0" or "N" or "n" or "无":
                return false;
            case "是" or "1" or "Y" or "y" or "有" or "√":
                return true;
            default:
                Problem(field, $"“{text}”请填写“是”或“否”。");
                return false;
        }
    }

    public Organization? Organization(TField field, LedgerScope scope)
    {
        var text = Text(field);
        if (text is null)
        {
            Problem(field, $"{Label(field)}不能为空。");
            return null;
        }

        var org = scope.Resolve(text, out var problem);
        if (problem is not null)
        {
            Problem(field, problem);
        }

        return org;
    }
}
