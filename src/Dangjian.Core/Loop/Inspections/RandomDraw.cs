namespace Dangjian.Core.Loop.Inspections;

/// <summary>
/// The 两随机 draw: picks <c>count</c> of the candidates from a recorded seed. The generator is our own (SplitMix64),
/// not System.Random, so a draw recorded today re-derives identically on any runtime version.
/// </summary>
public static class RandomDraw
{
    public static IReadOnlyList<T> Pick<T>(int seed, IReadOnlyList<T> candidates, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var pool = candidates.ToArray();
        var state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 1);
        var take = Math.Min(count, pool.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(pool.Length - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..take];
    }

    /// <summary>A fresh seed for a new draw (recorded with the inspection).</summary>
    public static int NewSeed() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, int.MaxValue);

    public static string JoinNames(IEnumerable<string> names) => string.Join('、', names);

    public static IReadOnlyList<string> SplitNames(string? names) =>
        (names ?? "").Split(['、', ',', '，', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string JoinIds(IEnumerable<int> ids) => string.Join(',', ids);

    public static IReadOnlyList<int> SplitIds(string? ids) =>
        (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
