using BenchmarkDotNet.Running;

// Pinned to one core, .NET's background tier-1 compiler shares that core with the benchmark, and PdfPig's code stays
// in its quick-JIT form for tens of seconds: the figures then measure the warm-up, not the code (docs/parsing.md, "Speed").
if (Environment.ProcessorCount == 1 || args.Contains("--affinity", StringComparer.OrdinalIgnoreCase))
{
    Console.Error.WriteLine("warning: running on one core (taskset or --affinity); the results will overstate every time. Run unpinned.");
}

BenchmarkSwitcher.FromAssembly(typeof(ResumeRefiner.Benchmarks.ParseBenchmarks).Assembly).Run(args);
