using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dangjian.Bench -- --filter '*'

Dangjian.Bench.BenchDatabase.MeasureWorkNotCache();
Console.WriteLine("// derived results not kept between runs (DerivedCache off): every run computes");
if (args is ["quick", ..] && (args.Length == 1 || int.TryParse(args[1], out _)))
{
    await Dangjian.Bench.ImportBenchmarks.QuickAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["compliance-quick"])
{
    await Dangjian.Bench.ComplianceBenchmarks.QuickAsync();
    return;
}

if (args is ["report-quick"])
{
    await Dangjian.Bench.ReportBenchmarks.QuickAsync();
    return;
}

if (args is ["ratios", ..] && (args.Length == 1 || int.TryParse(args[1], out _)))
{
    await Dangjian.Bench.Ratios.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return;
}

if (args is ["report-loop", ..] && (args.Length == 1 || int.TryParse(args[1], out _)))
{
    await Dangjian.Bench.Ratios.LoopAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

if (args is ["province-timings", var primary, ..])
{
    await Dangjian.Bench.ProvinceTimings.RunAsync(primary, args.Length > 2 && args[2].Length > 0 ? args[2] : null,
        args.Length > 3 ? DateOnly.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2026, 12, 5));
    return;
}

if (args is ["ledger-quick", ..] && (args.Length == 1 || int.TryParse(args[1], out _)))
{
    await Dangjian.Bench.LedgerImportBenchmarks.QuickAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["overview-quick"])
{
    await Dangjian.Bench.OverviewBenchmarks.QuickAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
