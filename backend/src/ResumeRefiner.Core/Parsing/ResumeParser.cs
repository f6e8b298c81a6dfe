using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing;

// Placeholder until the parsing engine lands.
public sealed class ResumeParser : IResumeParser
{
    public ParsedResume Parse(Stream content, DocumentKind kind, CancellationToken cancellationToken = default) =>
        new(new Resume(), []);
}
