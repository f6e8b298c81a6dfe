using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ResumeRefiner.Benchmarks.ParseBenchmarks).Assembly).Run(args);
