using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>One data row of an account sheet: its spreadsheet row number and the text of each known column.</summary>
public sealed record SheetLine<TField>(int Row, IReadOnlyDictionary<TField, string?> Cells)
    where TField : struct, Enum
{
    public string? this[TField field] => Cells.GetValueOrDefault(field);
}

/// <summary>Reads the rows of a sheet with known columns; problems are missing required columns and too many rows.</summary>
public static class SheetLines
{
    public static (IReadOnlyList<SheetLine<TField>> Lines, IReadOnlyList<ImportProblem> Problems) Read<TField>(RosterReader reader,
        IReadOnlyList<SheetColumn<TField>> columns, int maxRows, string tooMany)
        where TField : struct, Enum
    {
        var index = new Dictionary<TField, int>();
        for (var i = 0; i < reader.Headers.Count; i++)
        {
            if (SheetColumns.Find(columns, reader.Headers[i]) is { } column)
            {
                index.TryAdd(column.Field, i);
            }
        }

        var problems = columns.Where(c => c.Required && !index.ContainsKey(c.Field))
            .Select(c => new ImportProblem(0, c.Label, $"文件中没有“{c.Label}”列。请使用下载的模板，第一行为列名。"))
            .ToList();
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var lines = new List<SheetLine<TField>>();
        foreach (var row in reader.Rows())
        {
            if (lines.Count == maxRows)
            {
                return ([], [new ImportProblem(0, "", tooMany)]);
            }

            lines.Add(new SheetLine<TField>(row.RowNumber, index.ToDictionary(p => p.Key, p => RosterReader.Text(row[p.Value]))));
        }

        return (lines, []);
    }
}
