namespace Dangjian.Bench;

/// <summary>
/// An import beside its floor, alternately in one process: one untimed round first (the runtime's JIT and EF's model and
/// query caches warm for both), then <c>rounds</c> timed ones; each work returns its own seconds (set-up excluded).
/// Prints every round and the medians with the load average before and after.
/// </summary>
internal static class ImportRounds
{
    public static async Task RunAsync(string name, int rounds, Func<Task<double>> product, Func<Task<double>> floor)
    {
        Console.WriteLine($"// {BenchDatabase.ProviderName} {name}: a warm-up round, then {rounds} alternating rounds; load average {Ratios.Load()}");
        var products = new List<double>();
        var floors = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var p = await product();
            var f = await floor();
            Console.WriteLine($"{(round == 0 ? "warm-up" : $"round {round}")}: product {p:0.000} s, floor {f:0.000} s, {p / f:0.00}×");
            if (round > 0)
            {
                products.Add(p);
                floors.Add(f);
            }
        }

        var (mp, mf) = (Ratios.Median(products), Ratios.Median(floors));
        Console.WriteLine($"{BenchDatabase.ProviderName} {name}: product {mp:0.000} s, floor {mf:0.000} s (medians); product / floor = {mp / mf:0.00}×; load average {Ratios.Load()}");
    }
}
