namespace Dangjian.Core.Documents;

/// <summary>
/// The full name an organization signs with (党章: 党的委员会, 总支部委员会, 支部委员会): "石桥村党支部" →
/// "中共石桥村支部委员会", "青石镇党委" → "中共青石镇委员会". A name already formal, or of another form, is kept as it is.
/// </summary>
public static class PartyOrgTitle
{
    private static readonly (string Suffix, string Formal)[] Suffixes =
    [
        ("党总支部", "总支部委员会"), ("党总支", "总支部委员会"), ("党支部", "支部委员会"), ("党委", "委员会"),
    ];

    public static string Of(string name)
    {
        if (name.StartsWith("中共", StringComparison.Ordinal) || name.StartsWith("中国共产党", StringComparison.Ordinal))
        {
            return name;
        }

        foreach (var (suffix, formal) in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return "中共" + name[..^suffix.Length] + formal;
            }
        }

        return name;
    }
}
