namespace ResumeRefiner.Cli.Verbs;

/// <summary>Input files and <c>--name value</c> options of one verb invocation.</summary>
internal sealed class VerbArguments
{
    private VerbArguments(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> options, bool help)
    {
        Files = files;
        Options = options;
        Help = help;
    }

    public IReadOnlyList<string> Files { get; }

    public IReadOnlyDictionary<string, string> Options { get; }

    public bool Help { get; }

    public string? OutDir => Options.GetValueOrDefault("out");

    /// <exception cref="ArgumentException">An unknown option or an option without its value.</exception>
    public static VerbArguments Parse(ReadOnlySpan<string> args, IReadOnlyCollection<string> valueOptions)
    {
        var files = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        var onlyFiles = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (onlyFiles || !arg.StartsWith("--", StringComparison.Ordinal) && arg != "-h")
            {
                files.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyFiles = true;
                continue;
            }

            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }

            if (name != "out" && !valueOptions.Contains(name))
            {
                throw new ArgumentException($"unknown option '--{name}'.");
            }

            if (value is null)
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"option '--{name}' needs a value.");
                }

                value = args[++i];
            }

            options[name] = value;
        }

        return new VerbArguments(files, options, help);
    }
}
