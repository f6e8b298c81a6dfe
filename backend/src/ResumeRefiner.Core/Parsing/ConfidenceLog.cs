namespace ResumeRefiner.Core.Parsing;

/// <summary>Collects one <see cref="FieldConfidence"/> per filled field while the parser builds the resume.</summary>
internal sealed class ConfidenceLog
{
    private readonly List<FieldConfidence> entries = [];

    public IReadOnlyList<FieldConfidence> Entries => entries;

    public void Add(string path, double score, string reason) =>
        entries.Add(new FieldConfidence(path, Math.Clamp(score, 0, 1), reason));

    public void AddIf(string? value, string path, double score, string reason)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Add(path, score, reason);
        }
    }
}
