using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Cli.Verbs;

/// <summary>
/// <c>resume-refiner check FILE... --out DIR [--lang en-GB] [--style]</c>: proofreads plain-text
/// files and writes DIR/&lt;file name&gt;.json = {"issues":[...]} (DESIGN.md). Spelling, grammar,
/// punctuation and typography by default; <c>--style</c> adds the resume style advice (pronouns,
/// weak openers, passive voice, buzzwords), which is advice rather than error. A file that
/// cannot be read gets a one-line error and a non-zero exit; the other files are still checked.
/// </summary>
internal static class CheckVerb
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly Proofreader Proofreader = new();

    /// <summary>Parses the verb's arguments (after "check") and runs it.</summary>
    public static int RunArgs(IReadOnlyList<string> args, TextWriter stderr)
    {
        var files = new List<string>();
        string? outDir = null;
        var language = "en-US";
        var style = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Count:
                    outDir = args[++i];
                    break;
                case "--lang" or "--language" when i + 1 < args.Count:
                    language = args[++i];
                    break;
                case "--style":
                    style = true;
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (outDir is null || files.Count == 0)
        {
            stderr.WriteLine("usage: resume-refiner check FILE... --out DIR [--lang en-US|en-GB] [--style]");
            return 2;
        }

        return Run(files, outDir, stderr, new ProofreadingOptions { Language = language, IncludeStyle = style });
    }

    public static int Run(IReadOnlyList<string> files, string outDir, TextWriter stderr) =>
        Run(files, outDir, stderr, new ProofreadingOptions { IncludeStyle = false });

    public static int Run(IReadOnlyList<string> files, string outDir, TextWriter stderr, ProofreadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stderr);
        Directory.CreateDirectory(outDir);
        var failed = 0;
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // The message names the file and the reason only: never the resume's text.
                stderr.WriteLine($"check: cannot read {file}: {e.Message}");
                failed++;
                continue;
            }

            var issues = Proofreader.Check(text, options);
            var output = new CheckOutput([.. issues.Select(i => new CheckIssue(i.Offset, i.Length, i.Category, i.Rule, i.Message, i.Replacements))]);
            File.WriteAllText(Path.Combine(outDir, Path.GetFileName(file) + ".json"), JsonSerializer.Serialize(output, Json));
        }

        return failed == 0 ? 0 : 1;
    }

    private sealed record CheckOutput(IReadOnlyList<CheckIssue> Issues);

    private sealed record CheckIssue(int Offset, int Length, string Category, string Rule, string Message, IReadOnlyList<string> Replacements);
}
