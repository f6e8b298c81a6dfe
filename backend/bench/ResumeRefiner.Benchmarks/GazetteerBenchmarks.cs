using BenchmarkDotNet.Attributes;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Benchmarks;

/// <summary>
/// A location line read against the loaded GeoNames/CLDR gazetteer, the look-up every contact block and entry
/// header makes. Floor: 1 ms per parse (a resume makes a few dozen).
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    [GlobalSetup]
    public void Setup() => _ = Gazetteer.Cities("Paris");

    [Benchmark]
    public object? ParseCityAndRegion() => LocationFinder.Parse("Málaga, Andalucía");

    [Benchmark]
    public object? ParseCityAlone() => LocationFinder.Parse("Lisbon");
}
