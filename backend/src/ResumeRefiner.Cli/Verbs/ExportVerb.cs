using System.Text.Json;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Cli.Verbs;

/// <summary>
/// <c>export FILE... --to FORMAT [--template NAME] [--paper letter|a4] --out DIR</c>: each resume (a document, parsed
/// first, or a JSON Resume) to <c>DIR/&lt;file name without extension&gt;.&lt;ext&gt;</c>.
/// </summary>
internal sealed class ExportVerb(IResumeParser parser, IResumeExporter exporter) : IVerb
{
    public ExportVerb()
        : this(ResumeParser.Instance, ResumeExporter.Instance)
    {
    }

    public string Name => "export";

    public string Description => "Export resumes (.json JSON Resume, or .pdf .docx .txt .md) to pdf, docx, json, md or txt.";

    public string Usage => "FILE... --to pdf|docx|json|md|txt [--template classic|modern|compact] [--paper letter|a4] --out DIR";

    public IReadOnlyCollection<string> Options => ["to", "template", "paper"];

    public int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.OutDir is not { Length: > 0 } outDir)
        {
            stderr.WriteLine("resume-refiner export: missing --out DIR.");
            return 2;
        }

        if (!ExportNames.TryParseFormat(arguments.Options.GetValueOrDefault("to"), out var format))
        {
            stderr.WriteLine("resume-refiner export: --to must be one of pdf, docx, json, md, txt.");
            return 2;
        }

        var options = ExportOptions.Default;
        if (arguments.Options.GetValueOrDefault("template") is { } templateName)
        {
            if (!ExportNames.TryParseTemplate(templateName, out var template))
            {
                stderr.WriteLine("resume-refiner export: --template must be one of classic, modern, compact.");
                return 2;
            }

            options = options with { Template = template };
        }

        if (arguments.Options.GetValueOrDefault("paper") is { } paperName)
        {
            if (!ExportNames.TryParsePaper(paperName, out var paper))
            {
                stderr.WriteLine("resume-refiner export: --paper must be letter or a4.");
                return 2;
            }

            options = options with { Paper = paper };
        }

        if (arguments.Files.Count == 0)
        {
            stderr.WriteLine("resume-refiner export: no input files.");
            return 2;
        }

        Directory.CreateDirectory(outDir);
        var failures = 0;
        foreach (var file in arguments.Files)
        {
            var error = ExportOne(file, outDir, format, options);
            if (error is not null)
            {
                failures++;
                stderr.WriteLine($"{file}: {error}");
            }
        }

        stdout.WriteLine($"exported {arguments.Files.Count - failures} of {arguments.Files.Count} file(s) into {outDir}");
        return failures == 0 ? 0 : 1;
    }

    /// <returns>null on success, else a one-line reason.</returns>
    private string? ExportOne(string file, string outDir, ExportFormat format, ExportOptions options)
    {
        try
        {
            var resume = Read(file, out var error);
            if (resume is null)
            {
                return error;
            }

            var exported = exporter.Export(resume, format, options);
            var target = Path.Combine(outDir, $"{Path.GetFileNameWithoutExtension(file)}.{ExportNames.Extension(format)}");
            var temp = target + ".tmp";
            File.WriteAllBytes(temp, exported.Content);
            File.Move(temp, target, overwrite: true);
            return null;
        }
        catch (UnreadableDocumentException ex)
        {
            return ex.Message;
        }
        catch (JsonException)
        {
            // The message can quote the file's content; say only where it broke.
            return "not a JSON Resume document (invalid JSON).";
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

    private Resume? Read(string file, out string? error)
    {
        error = null;
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            // ReadAllText honours a byte-order mark, which editors on Windows like to write.
            var resume = ResumeJson.Deserialize(File.ReadAllText(file));
            // The same limits as the API's, so a file the CLI exports would also save there.
            if (ResumeLimits.Check(resume) is { } violation)
            {
                error = violation.Message;
                return null;
            }

            return resume;
        }

        using var stream = new MemoryStream(File.ReadAllBytes(file));
        var sniff = DocumentSniffer.Sniff(stream, file);
        if (sniff.Kind is not { } kind)
        {
            error = sniff.Message ?? "unsupported file.";
            return null;
        }

        return parser.Parse(stream, kind).Resume;
    }
}
