using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dangjian.Bench -- --filter '*'
if (args is ["quick"])
{
    await Dangjian.Bench.ImportBenchmarks.QuickAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
