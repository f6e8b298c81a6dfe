using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Analysis.Skills;

namespace ResumeRefiner.Benchmarks;

/// <summary>
/// Cold loads of the matching data from the embedded resources: the skills taxonomy (curated files plus the gzipped
/// O*NET import) and the ESCO/O*NET occupation titles. Run as cold starts, so the first iteration includes JIT.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 5)]
public class TaxonomyLoadBenchmarks
{
    [Benchmark]
    public int LoadSkillTaxonomy() => SkillTaxonomy.LoadEmbedded().Skills.Count;

    [Benchmark]
    public int LoadOccupationTitles() => OccupationTitles.Load().Count;
}
