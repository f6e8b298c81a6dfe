using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Cli.Verbs;

/// <summary><c>analyze RESUME... [--job JD.txt] --out DIR</c>: the full report for each resume.</summary>
internal sealed class AnalyzeVerb(IResumeParser parser, IResumeAnalyzer analyzer) : IVerb
{
    public AnalyzeVerb()
        : this(ResumeParser.Instance, new ResumeAnalyzer(new ProofreaderLanguageChecker(new Proofreader())))
    {
    }

    public string Name => "analyze";

    public string Description => "Analyse resumes (.pdf .docx .txt .md): ATS readiness, content, language and, with --job, match.";

    public string Usage => "RESUME... [--job JOB.txt] --out DIR";

    public IReadOnlyCollection<string> Options => ["job"];

    public int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string? job = null;
        if (arguments.Options.TryGetValue("job", out var jobFile))
        {
            try
            {
                job = VerbOutput.ReadText(jobFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                stderr.WriteLine($"{jobFile}: {ex.Message.ReplaceLineEndings(" ")}");
                return 2;
            }
        }

        return VerbOutput.ForEachFile(Name, arguments, stdout, stderr, (file, outDir) =>
        {
            var (_, parsed, kind, _) = VerbOutput.ReadResume(parser, file);
            // The same layout facts and text the API reads at upload, so both report the same ATS findings.
            using var content = File.OpenRead(file);
            var inspected = DocumentInspector.Inspect(content, kind);
            var report = analyzer.Analyze(new ResumeDocument(parsed.Resume, inspected.Text, inspected.Facts), job);
            VerbOutput.Write(outDir, file, report);
        });
    }
}
