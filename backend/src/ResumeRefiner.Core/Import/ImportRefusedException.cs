using ResumeRefiner.Core.Import.JsonResume;

namespace ResumeRefiner.Core.Import;

/// <summary>
/// A structured upload (a JSON Resume file, a LinkedIn export) is not what it claims to be: the message says why in
/// words a user can act on, and <see cref="Problems"/> lists where (JSON Pointer paths with messages, capped), never
/// any of the file's text.
/// </summary>
public sealed class ImportRefusedException : Exception
{
    public ImportRefusedException(string message, IReadOnlyList<SchemaProblem> problems)
        : base(message) => Problems = problems;

    public ImportRefusedException() : this("The file cannot be imported.", []) { }

    public ImportRefusedException(string message) : this(message, []) { }

    public ImportRefusedException(string message, Exception inner) : base(message, inner) => Problems = [];

    public IReadOnlyList<SchemaProblem> Problems { get; }
}
