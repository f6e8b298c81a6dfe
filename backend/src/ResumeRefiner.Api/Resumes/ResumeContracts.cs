using Microsoft.AspNetCore.Mvc;
using ResumeRefiner.Core.Import.JsonResume;
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
    /// <summary>
    /// Only in the answer to an upload of a file this workspace already holds: the resume above is that earlier
    /// upload, with whatever was done to it since, and was not parsed again.
    /// </summary>
    public DuplicateUpload? DuplicateOf { get; init; }

    /// <summary>The resume showing <paramref name="document"/> as its current version.</summary>
    public static ResumeDetail Of(StoredResume resume, Resume document)
    {
        ArgumentNullException.ThrowIfNull(resume);
        // Versions saved before URLs were conformed (or edited to a bare domain) still go out as valid JSON Resume.
        return new(resume.Id, resume.FileName, resume.CreatedAt, resume.UpdatedAt, resume.CurrentVersion, JsonResumeConformance.Conform(document), resume.Confidence);
    }
}

/// <summary>
/// One line of an upload's progress stream (<c>application/x-ndjson</c>, asked for in <c>Accept</c>): a line with
/// <paramref name="Progress"/> as OCR reads each page, then one last line with <paramref name="Status"/> and either
/// <paramref name="Resume"/> or <paramref name="Problem"/>.
/// </summary>
/// <param name="Progress">How many of the scanned pages OCR has read.</param>
/// <param name="Status">On the last line: the status the answer would have had without the stream (201, 422…).</param>
/// <param name="Resume">On the last line of a success: the same body as the 201 answer.</param>
/// <param name="Problem">On the last line of a failure: the RFC 9457 problem details.</param>
public sealed record UploadStreamLine(OcrProgress? Progress = null, int? Status = null, ResumeDetail? Resume = null, ProblemDetails? Problem = null);

/// <summary>The earlier upload of the same file that an upload answer shows instead of parsing the file again.</summary>
/// <param name="Id">The existing resume (the one in the answer).</param>
/// <param name="UploadedAt">When the file was first uploaded.</param>
/// <param name="Version">Its current version number.</param>
/// <param name="Edited">Whether it changed since that upload (edits, accepted suggestions, restored versions).</param>
public sealed record DuplicateUpload(Guid Id, DateTime UploadedAt, int Version, bool Edited)
{
    public static DuplicateUpload Of(StoredResume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        return new(resume.Id, resume.CreatedAt, resume.CurrentVersion, resume.CurrentVersion > 1);
    }
}

/// <summary>What an upload of a file already in the workspace does (query parameter <c>duplicate</c>).</summary>
public enum DuplicateUploadChoice
{
    /// <summary>Answer with the resume already there, edits included (the default).</summary>
    Existing,

    /// <summary>Parse the file afresh into a new, separate resume.</summary>
    New,
}

internal static class DuplicateUploads
{
    /// <summary>Reads the upload's <c>duplicate</c> query value, in any case; none is <see cref="DuplicateUploadChoice.Existing"/>.</summary>
    public static bool TryParse(string? value, out DuplicateUploadChoice choice)
    {
        choice = DuplicateUploadChoice.Existing;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        var name = Enum.GetNames<DuplicateUploadChoice>().FirstOrDefault(known => known.Equals(value, StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out choice);
    }
}
