using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

public sealed record ResumeSummary(Guid Id, string FileName, string? Name, DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed record ResumeList(IReadOnlyList<ResumeSummary> Items);

/// <param name="Resume">The current version as a JSON Resume v1.0.0 document.</param>
/// <param name="Confidence">How sure the parser was of each field it filled on upload (kept outside the JSON Resume document).</param>
public sealed record ResumeDetail(
    Guid Id,
    string FileName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    Resume Resume,
    IReadOnlyList<FieldConfidence> Confidence)
{
    /// <summary>The resume showing <paramref name="document"/> as its current version.</summary>
    public static ResumeDetail Of(StoredResume resume, Resume document)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return new(resume.Id, resume.FileName, resume.CreatedAt, resume.UpdatedAt, resume.CurrentVersion, document, resume.Confidence);
    }
}
