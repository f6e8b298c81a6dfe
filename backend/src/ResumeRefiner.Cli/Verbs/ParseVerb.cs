using ResumeRefiner.Core.Import;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Cli.Verbs;

/// <summary><c>parse FILE... --out DIR</c>: each resume to <c>DIR/&lt;file name&gt;.json</c> as JSON Resume.</summary>
internal sealed class ParseVerb(IResumeParser parser) : IVerb
{
    public ParseVerb()
        : this(ResumeParser.Instance)
    {
    }

    public string Name => "parse";

    public string Description => "Parse resumes (.pdf .docx .txt .md) into JSON Resume files.";

    public string Usage => "FILE... --out DIR";

    public IReadOnlyCollection<string> Options => [];

    public int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.OutDir is not { Length: > 0 } outDir)
        {
            stderr.WriteLine("resume-refiner parse: missing --out DIR.");
            return 2;
        }

        if (arguments.Files.Count == 0)
        {
            stderr.WriteLine("resume-refiner parse: no input files.");
            return 2;
        }

        Directory.CreateDirectory(outDir);
        var failures = 0;
        foreach (var file in arguments.Files)
        {
            var error = ParseOne(file, outDir);
            if (error is not null)
            {
                failures++;
                stderr.WriteLine($"{file}: {error}");
            }
        }

        stdout.WriteLine($"parsed {arguments.Files.Count - failures} of {arguments.Files.Count} file(s) into {outDir}");
        return failures == 0 ? 0 : 1;
    }

    /// <returns>null on success, else a one-line reason.</returns>
    private string? ParseOne(string file, string outDir)
    {
        try
        {
            using var stream = new MemoryStream(File.ReadAllBytes(file));
            var sniff = DocumentSniffer.Sniff(stream, file);
            if (sniff.Kind is not { } kind)
            {
                return sniff.Message ?? "unsupported file.";
            }

            var parsed = parser.Parse(stream, kind);
            var target = Path.Combine(outDir, Path.GetFileName(file) + ".json");
            var temp = target + ".tmp";
            File.WriteAllText(temp, ResumeJson.Serialize(parsed.Resume));
            File.Move(temp, target, overwrite: true);
            return null;
        }
        catch (UnreadableDocumentException ex)
        {
            return ex.Message;
        }
        catch (ImportRefusedException ex)
        {
            // A JSON Resume the schema refuses: the message and where, as the API's problem lists them.
            return string.Join(" ", [ex.Message, .. ex.Problems.Select(p => $"{p.Path}: {p.Message}.")]);
        }
        catch (IOException ex)
        {
            return "cannot read or write the file: " + ex.Message;
        }
        catch (UnauthorizedAccessException ex)
        {
            return "permission denied: " + ex.Message;
        }
    }
}
