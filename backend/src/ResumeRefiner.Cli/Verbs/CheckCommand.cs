using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Cli.Verbs;

/// <summary><c>check FILE... --out DIR [--lang en-US|en-GB] [--style on|off]</c>: proofreads text files (see <see cref="CheckVerb"/>).</summary>
internal sealed class CheckCommand : IVerb
{
    public string Name => "check";

    public string Description => "Proofread text files: spelling, grammar, punctuation (and resume style with --style on).";

    public string Usage => "FILE... --out DIR [--lang en-US|en-GB] [--style on|off]";

    public IReadOnlyCollection<string> Options => ["lang", "style"];

    public int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.OutDir is not { Length: > 0 } outDir || arguments.Files.Count == 0)
        {
            stderr.WriteLine("usage: resume-refiner check " + Usage);
            return 2;
        }

        var style = arguments.Options.GetValueOrDefault("style") is "on" or "true" or "yes";
        return CheckVerb.Run(arguments.Files, outDir, stderr, new ProofreadingOptions
        {
            Language = arguments.Options.GetValueOrDefault("lang") ?? "en-US",
            IncludeStyle = style,
        });
    }
}
