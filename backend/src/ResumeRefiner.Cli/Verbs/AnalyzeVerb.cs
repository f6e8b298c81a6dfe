using ResumeRefiner.Core.Analysis;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Ats;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Cli.Verbs;

/// <summary><c>analyze RESUME... [--job JD.txt] --out DIR</c>: the full report for each resume.</summary>
internal sealed class AnalyzeVerb(IResumeParser parser, IResumeAnalyzer analyzer) : IVerb
{
    public AnalyzeVerb()
        : this(ResumeParser.Instance, new ResumeAnalyzer())
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
            var (text, parsed, kind, size) = VerbOutput.ReadResume(parser, file);
            var original = kind is DocumentKind.Text or DocumentKind.Markdown ? File.ReadAllText(file) : null;
            // The parser does not report layout facts yet; what the CLI knows is the file's kind and size.
            var facts = new DocumentFacts { Kind = kind, FileSizeBytes = size, HasTextLayer = text.Text.Length > 0 ? true : null };
            var report = analyzer.Analyze(new ResumeDocument(parsed.Resume, original, facts), job);
            VerbOutput.Write(outDir, file, report);
        });
    }
}
