using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Import;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Cli.Verbs;

/// <summary>What the analysis verbs share: running each input file, reading resumes, writing JSON.</summary>
internal static class VerbOutput
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes <c>DIR/&lt;file name&gt;.json</c> through a temporary file so a crash leaves no half-written output.</summary>
    public static void Write(string outDir, string inputFile, object value)
    {
        var target = Path.Combine(outDir, Path.GetFileName(inputFile) + ".json");
        var temp = target + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(value, Json));
        File.Move(temp, target, overwrite: true);
    }

    /// <summary>Runs <paramref name="one"/> per file; a failure is one line on stderr and the others still run.</summary>
    public static int ForEachFile(string verb, VerbArguments arguments, TextWriter stdout, TextWriter stderr, Action<string, string> one)
    {
        if (arguments.OutDir is not { Length: > 0 } outDir)
        {
            stderr.WriteLine($"resume-refiner {verb}: missing --out DIR.");
            return 2;
        }

        if (arguments.Files.Count == 0)
        {
            stderr.WriteLine($"resume-refiner {verb}: no input files.");
            return 2;
        }

        Directory.CreateDirectory(outDir);
        var failures = 0;
        foreach (var file in arguments.Files)
        {
            try
            {
                one(file, outDir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UnreadableDocumentException or InvalidDataException or ImportRefusedException)
            {
                failures++;
                stderr.WriteLine($"{file}: {OneLine(ex.Message)}");
            }
        }

        stdout.WriteLine($"{verb}: {arguments.Files.Count - failures} of {arguments.Files.Count} file(s) into {outDir}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Reads a text file (a job posting) as UTF-8, refusing binary content.</summary>
    public static string ReadText(string file)
    {
        var text = File.ReadAllText(file);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new InvalidDataException("not a text file.");
        }

        return text;
    }

    /// <summary>Parses a resume; for plain text and Markdown the original text is searched too.</summary>
    public static (ResumeText Text, ParsedResume Parsed, DocumentKind Kind, long Size) ReadResume(IResumeParser parser, string file)
    {
        var bytes = File.ReadAllBytes(file);
        using var stream = new MemoryStream(bytes);
        var sniff = DocumentSniffer.Sniff(stream, file);
        if (sniff.Kind is not { } kind)
        {
            throw new InvalidDataException(sniff.Message ?? "unsupported file.");
        }

        var parsed = parser.Parse(stream, kind);
        var original = kind is DocumentKind.Text or DocumentKind.Markdown ? System.Text.Encoding.UTF8.GetString(bytes) : null;
        return (ResumeText.From(parsed.Resume, original), parsed, kind, bytes.LongLength);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
