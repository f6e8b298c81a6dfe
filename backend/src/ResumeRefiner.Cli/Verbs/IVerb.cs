namespace ResumeRefiner.Cli.Verbs;

/// <summary>One command of the CLI. Each verb reads input files and writes <c>DIR/&lt;input name&gt;.json</c>.</summary>
internal interface IVerb
{
    string Name { get; }

    string Description { get; }

    string Usage { get; }

    /// <summary>Options that take a value (besides <c>--out</c>), e.g. <c>--job</c>.</summary>
    IReadOnlyCollection<string> Options { get; }

    /// <returns>The process exit code: 0 when every file was processed, non-zero otherwise.</returns>
    int Run(VerbArguments arguments, TextWriter stdout, TextWriter stderr);
}
