using ResumeRefiner.Cli.Verbs;

namespace ResumeRefiner.Cli;

/// <summary>Dispatches <c>resume-refiner VERB FILE... --out DIR</c> to one verb. New verbs are one file each.</summary>
internal static class CliApp
{
    private static readonly IVerb[] Verbs = [new ParseVerb(), new KeywordsVerb(), new MatchVerb(), new AnalyzeVerb(), new ExportVerb(), new CheckCommand()];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(stdout);
            return args.Length == 0 ? 2 : 0;
        }

        var verb = Verbs.FirstOrDefault(v => v.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            stderr.WriteLine($"resume-refiner: unknown verb '{args[0]}'. Run 'resume-refiner --help' for the list.");
            return 2;
        }

        VerbArguments parsed;
        try
        {
            parsed = VerbArguments.Parse(args.AsSpan(1), verb.Options);
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"resume-refiner {verb.Name}: {ex.Message}");
            return 2;
        }

        if (parsed.Help)
        {
            stdout.WriteLine($"usage: resume-refiner {verb.Name} {verb.Usage}");
            stdout.WriteLine(verb.Description);
            return 0;
        }

        return verb.Run(parsed, stdout, stderr);
    }

    private static void PrintUsage(TextWriter stdout)
    {
        stdout.WriteLine("usage: resume-refiner VERB [FILE...] --out DIR");
        stdout.WriteLine();
        foreach (var verb in Verbs)
        {
            stdout.WriteLine($"  {verb.Name,-10} {verb.Description}");
        }
    }
}
