using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Cli.Verbs;

/// <summary><c>keywords JD.txt... --out DIR</c>: what each job posting asks for.</summary>
internal sealed class KeywordsVerb(IJobAnalyzer analyzer) : IVerb
{
    public KeywordsVerb()
        : this(JobDescriptionAnalyzer.Instance)
    {
    }

    public string Name => "keywords";

    public string Description => "Read job postings (.txt): title, hard and soft skills, years, education.";

    public string Usage => "JOB.txt... --out DIR";

    public IReadOnlyCollection<string> Options => [];

    public int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr) =>
        VerbOutput.ForEachFile(Name, arguments, stdout, stderr, (file, outDir) =>
        {
            var job = analyzer.Analyze(VerbOutput.ReadText(file));
            VerbOutput.Write(outDir, file, ToJson(job));
        });

    internal static object ToJson(JobProfile job) => new
    {
        job.JobTitle,
        HardSkills = job.HardSkills.Select(s => new { Name = s.Label, Canonical = s.Name, s.Required, s.Category }),
        job.SoftSkills,
        job.YearsExperience,
        job.Education,
    };
}
