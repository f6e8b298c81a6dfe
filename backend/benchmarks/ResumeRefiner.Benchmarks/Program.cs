using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ResumeRefiner.Benchmarks.AnalysisBenchmark).Assembly).Run(args);
