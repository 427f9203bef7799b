using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dangjian.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
