using Dangjian.Core.Categories;
using Dangjian.Core.Data;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// The county's tags of one record family as a ledger's 本县类别 column reads them: by full name ("帮扶／扶助学生"), by code,
/// or by name (the first of a repeated name) — the same tags the entry form offers (<see cref="VisibleTags"/>).
/// </summary>
public sealed class LedgerTags
{
    private readonly Dictionary<string, int> byText = new(StringComparer.Ordinal);
    private readonly List<string> names = [];
    private readonly string family;

    private LedgerTags(IReadOnlyList<RecordTag> tags, RecordFamily family)
    {
        this.family = CategoryRules.FamilyNames[family];
        foreach (var text in new Func<RecordTag, string>[] { t => t.FullName, t => t.Code, t => t.Name })
        {
            foreach (var t in tags)
            {
                byText.TryAdd(text(t), t.Id);
            }
        }

        names.AddRange(tags.Select(t => t.FullName));
    }

    public static async Task<LedgerTags> LoadAsync(AppDbContext db, RecordFamily family, CancellationToken ct) =>
        new(await VisibleTags.LoadAsync(db, family, ct), family);

    /// <summary>The tag a cell names; null when blank (no tag) or after reporting a name that is not one of the county's.</summary>
    public int? Read<TField>(LedgerCells<TField> cells, TField field)
        where TField : struct, Enum
    {
        var text = cells.Text(field);
        if (text is null)
        {
            return null;
        }

        if (byText.TryGetValue(text, out var id))
        {
            return id;
        }

        cells.Problem(field, names.Count == 0
            ? $"本县没有设置{family}的类别，请清空本格。"
            : $"“{text}”不是本县设置的{family}类别，可填：{string.Join("、", names)}（或其编码）。");
        return null;
    }
}
