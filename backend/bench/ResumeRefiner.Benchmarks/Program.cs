using BenchmarkDotNet.Running;

// dotnet run -c Release --project backend/bench/ResumeRefiner.Benchmarks -- --filter '*' [--affinity 1]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
