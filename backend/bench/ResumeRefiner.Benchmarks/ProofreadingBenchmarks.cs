using BenchmarkDotNet.Attributes;
using ResumeRefiner.Core.Proofreading;
using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Benchmarks;

/// <summary>
/// Proofreading speed on resume text (bar: 5,000 lines per second on one core) and the cost of
/// loading the en-US dictionary (bar: under 300 ms). Run:
/// <c>dotnet run -c Release --project backend/bench/ResumeRefiner.Benchmarks -- --filter *Proofreading*</c>
/// </summary>
[MemoryDiagnoser]
public class ProofreadingBenchmarks
{
    // Realistic resume lines: names, headings, metrics, tech names, one typo in twenty lines.
    private static readonly string[] Lines =
    [
        "Jordan Ellis-Park",
        "Senior Backend Engineer | Denver, CO | jordan.ellis@example.com | github.com/jellis",
        "PROFESSIONAL EXPERIENCE",
        "Acme Logistics — Staff Engineer (Jan 2020 – Present)",
        "• Led a team of 6 engineers to rebuild the routing service in Go and PostgreSQL, cutting p99 latency by 45%.",
        "• Migrated 80+ microservices to Kubernetes (EKS) with Helm and Argo CD; reduced infra spend by $1.2M a year.",
        "• Introduced contract testing with Pact and GitHub Actions, raising deploy frequency from weekly to daily.",
        "• Partnered with product and data science to launch dynamic pricing in Q3 2021 for 2,000 B2B customers.",
        "• Mentored 4 junior engineers; two were promoted within 18 months.",
        "Globex Corp — Software Engineer (2016 – 2019)",
        "- Built REST and gRPC APIs in Java 11 and Spring Boot serving 15K requests/sec.",
        "- Automated nightly ETL jobs with Airflow and dbt, saving 20 hours of manual work per week.",
        "- Improved test coverage from 40% to 85% with JUnit 5 and Testcontainers.",
        "EDUCATION",
        "B.Sc. in Computer Science, University of Colorado Boulder, 2016",
        "SKILLS",
        "Go, Java, Kotlin, Python, SQL, Terraform, Docker, Kubernetes, Kafka, Redis, AWS, GCP",
        "Certifications: AWS Solutions Architect – Associate, CKA, PMP",
        "• Reduced onboarding time for new hires by writing a managment handbook and runbooks.",
        "Languages: English (native), Spanish (professional)",
    ];

    private readonly Proofreader _proofreader = new();
    private string _text = "";

    [Params(200)]
    public int LineCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Join('\n', Enumerable.Range(0, LineCount).Select(i => Lines[i % Lines.Length]));
        Proofreader.Preload();
        _ = _proofreader.Check(_text);
    }

    /// <summary>Time per resume line with the process-wide suggestion cache warm: lines per second = 1 / this.</summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int CheckResumeLines() => _proofreader.Check(_text, new ProofreadingOptions { IncludeStyle = true }).Count;

    /// <summary>The same with the suggestion cache emptied before each document: every unknown
    /// word and typo of the document pays for its dictionary search once.</summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int CheckResumeLinesColdSuggestions()
    {
        LanguageResources.For("en-US").Suggester.ClearCache();
        return _proofreader.Check(_text, new ProofreadingOptions { IncludeStyle = true }).Count;
    }
}

/// <summary>
/// The worst case: text made only of unknown words (random letters), every one new to the
/// suggestion cache. Bar: 50,000 characters a second, so under 20 ms per 1,000 characters.
/// </summary>
[MemoryDiagnoser]
public class UnknownWordsBenchmarks
{
    private const int Characters = 20_000;
    private readonly Proofreader _proofreader = new();
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(18);
        var text = new System.Text.StringBuilder(Characters);
        var words = 0;
        while (text.Length < Characters)
        {
            var length = random.Next(3, 11);
            for (var i = 0; i < length; i++)
            {
                text.Append((char)('a' + random.Next(26)));
            }

            text.Append(++words % 12 == 0 ? '\n' : ' ');
        }

        _text = text.ToString(0, Characters);
        Proofreader.Preload();
        _ = _proofreader.Check(_text);
    }

    /// <summary>Time per 1,000 characters with the suggestion cache emptied first: characters per second = 1,000 / this.</summary>
    [Benchmark(OperationsPerInvoke = Characters / 1000)]
    public int CheckRandomUnknownWords()
    {
        LanguageResources.For("en-US").Suggester.ClearCache();
        return _proofreader.Check(_text).Count;
    }
}

/// <summary>Cold load of the en-US Hunspell dictionary from the embedded .aff/.dic.</summary>
[MemoryDiagnoser]
public class DictionaryLoadBenchmarks
{
    [Benchmark]
    public int LoadEnUsDictionary()
    {
        var assembly = typeof(Proofreader).Assembly;
        using var aff = new StreamReader(assembly.GetManifestResourceStream("ResumeRefiner.Core.Proofreading.Dictionaries.en_US.aff")!);
        using var dic = new StreamReader(assembly.GetManifestResourceStream("ResumeRefiner.Core.Proofreading.Dictionaries.en_US.dic")!);
        return HunspellDictionary.Load(aff, dic).FormCount;
    }
}
