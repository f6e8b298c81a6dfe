using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Cli.Verbs;

/// <summary><c>match RESUME... --job JD.txt --out DIR</c>: each resume against one posting.</summary>
internal sealed class MatchVerb(IResumeParser parser, IJobAnalyzer jobs, IResumeMatcher matcher) : IVerb
{
    public MatchVerb()
        : this(ResumeParser.Instance, JobDescriptionAnalyzer.Instance, ResumeMatcher.Instance)
    {
    }

    public string Name => "match";

    public string Description => "Match resumes (.pdf .docx .txt .md) against a job posting: score, matched and missing skills.";

    public string Usage => "RESUME... --job JOB.txt --out DIR";

    public IReadOnlyCollection<string> Options => ["job"];

    public int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (!arguments.Options.TryGetValue("job", out var jobFile))
        {
            stderr.WriteLine("resume-refiner match: missing --job JOB.txt.");
            return 2;
        }

        JobProfile job;
        try
        {
            job = jobs.Analyze(VerbOutput.ReadText(jobFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"{jobFile}: {ex.Message.ReplaceLineEndings(" ")}");
            return 2;
        }

        return VerbOutput.ForEachFile(Name, arguments, stdout, stderr, (file, outDir) =>
        {
            var resume = VerbOutput.ReadResume(parser, file);
            VerbOutput.Write(outDir, file, ToJson(matcher.Match(resume.Text, job)));
        });
    }

    internal static object ToJson(MatchReport report) => new
    {
        report.Score,
        Matched = report.Matched.Select(s => s.Label),
        Missing = report.Missing.Select(s => s.Label),
        MissingRequired = report.Missing.Where(s => s.Required).Select(s => s.Label),
        report.Parts,
        report.SoftSkillsMatched,
        report.SoftSkillsMissing,
    };
}
