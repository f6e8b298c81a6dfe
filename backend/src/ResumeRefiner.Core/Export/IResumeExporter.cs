using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export;

/// <summary>Turns a <see cref="Resume"/> into a file the job seeker can send: PDF, DOCX, JSON Resume, Markdown or text.</summary>
public interface IResumeExporter
{
    /// <param name="cancellationToken">Observed between building the outline and writing the file.</param>
    /// <exception cref="ArgumentOutOfRangeException">An unknown format, template or paper size.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ExportedFile Export(Resume resume, ExportFormat format, ExportOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// A cover letter as PDF or DOCX in one of the resume templates, under the resume's header (its real name and
    /// contact line: this runs on the server, nothing is sent anywhere).
    /// </summary>
    /// <param name="cancellationToken">Observed between building the outline and writing the file.</param>
    /// <exception cref="ArgumentOutOfRangeException">A format other than PDF or DOCX, or an unknown template or paper size.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ExportedFile ExportCoverLetter(Resume resume, string letter, ExportFormat format, ExportOptions options, CancellationToken cancellationToken = default);
}

public enum ExportFormat
{
    Pdf,
    Docx,
    Json,
    Markdown,
    Text,
}

/// <summary>The look of a PDF or DOCX. Every template keeps one reading order and real text, so ATS read them alike.</summary>
public enum ResumeTemplate
{
    /// <summary>Serif, single column, centred name: the safe traditional choice.</summary>
    Classic,

    /// <summary>Sans-serif with a coloured name and ruled section headings.</summary>
    Modern,

    /// <summary>Smaller type and tighter spacing to fit more on a page.</summary>
    Compact,
}

public enum PaperSize
{
    Letter,
    A4,
}

public sealed record ExportOptions
{
    public static ExportOptions Default { get; } = new();

    public ResumeTemplate Template { get; init; } = ResumeTemplate.Classic;

    public PaperSize Paper { get; init; } = PaperSize.Letter;
}

/// <summary>An exported file: its bytes, MIME type and a file name such as <c>Zoe-Angstrom-Resume.pdf</c>.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>Names users and URLs use for formats and templates ("pdf", "md", "classic").</summary>
public static class ExportNames
{
    public static bool TryParseFormat(string? text, out ExportFormat format)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "PDF": format = ExportFormat.Pdf; return true;
            case "DOCX": format = ExportFormat.Docx; return true;
            case "JSON": format = ExportFormat.Json; return true;
            case "MD" or "MARKDOWN": format = ExportFormat.Markdown; return true;
            case "TXT" or "TEXT": format = ExportFormat.Text; return true;
            default: format = default; return false;
        }
    }

    public static bool TryParseTemplate(string? text, out ResumeTemplate template) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out template) && Enum.IsDefined(template) && !int.TryParse(text, out _);

    public static bool TryParsePaper(string? text, out PaperSize paper) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out paper) && Enum.IsDefined(paper) && !int.TryParse(text, out _);

    /// <summary>The file extension without the dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Pdf => "pdf",
        ExportFormat.Docx => "docx",
        ExportFormat.Json => "json",
        ExportFormat.Markdown => "md",
        ExportFormat.Text => "txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Pdf => "application/pdf",
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ExportFormat.Json => "application/json",
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        ExportFormat.Text => "text/plain; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
