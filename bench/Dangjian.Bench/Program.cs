using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dangjian.Bench -- --filter '*'
if (args is ["quick"])
{
    await Dangjian.Bench.ImportBenchmarks.QuickAsync();
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

if (args is ["ledger-quick"])
{
    await Dangjian.Bench.LedgerImportBenchmarks.QuickAsync();
    return;
}

if (args is ["overview-quick"])
{
    await Dangjian.Bench.OverviewBenchmarks.QuickAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
