using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing;

/// <summary>Turns an uploaded document into a structured <see cref="Resume"/>.</summary>
public interface IResumeParser
{
    /// <param name="content">A readable, seekable stream holding the whole document.</param>
    /// <param name="kind">What the content is, decided by <see cref="DocumentSniffer"/> from its bytes.</param>
    /// <exception cref="UnreadableDocumentException">The document is corrupt, encrypted, empty or has no text.</exception>
    /// <exception cref="Import.ImportRefusedException">A JSON Resume or LinkedIn export that is invalid or over a limit.</exception>
    ParsedResume Parse(Stream content, DocumentKind kind, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="Parse(Stream, DocumentKind, CancellationToken)"/>, telling <paramref name="progress"/> how OCR goes.</summary>
    /// <param name="progress">
    /// Told when OCR starts (0 pages read) and after each page, possibly from several threads at once; never told
    /// when the document has a text layer.
    /// </param>
    ParsedResume Parse(Stream content, DocumentKind kind, IProgress<OcrProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>How far OCR has read a scan: <paramref name="PagesRead"/> of <paramref name="Pages"/> recognised.</summary>
public sealed record OcrProgress(int PagesRead, int Pages);

public enum DocumentKind
{
    Pdf,
    Docx,
    Text,
    Markdown,
    /// <summary>A PNG, JPEG or TIFF picture of a resume, read by OCR.</summary>
    Image,
    /// <summary>A JSON Resume document (resume.json, or this product's own JSON export): validated, stored as it is.</summary>
    JsonResume,
    /// <summary>LinkedIn's "Get a copy of your data" ZIP, or one of its CSV files: mapped field by field.</summary>
    LinkedIn,
}

/// <summary>The parser's result: the resume and how sure the parser is of each field.</summary>
public sealed record ParsedResume(Resume Resume, IReadOnlyList<FieldConfidence> Confidence);

/// <summary>How sure the parser is of one field, addressed by a JSON path such as <c>work[1].startDate</c>.</summary>
public sealed record FieldConfidence(string Path, double Score, string Reason);

public enum UnreadableReason
{
    Corrupt,
    Encrypted,
    Empty,
    NoTextLayer,
    /// <summary>Far longer than any resume (hundreds of pages).</summary>
    TooLong,
}

/// <summary>The document cannot be read; the message says why in words a user can act on.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(UnreadableReason reason, string message, Exception? inner = null)
        : base(message, inner) => Reason = reason;

    public UnreadableDocumentException() : this(UnreadableReason.Corrupt, "The document cannot be read.") { }

    public UnreadableDocumentException(string message) : this(UnreadableReason.Corrupt, message) { }

    public UnreadableDocumentException(string message, Exception inner) : this(UnreadableReason.Corrupt, message, inner) { }

    public UnreadableReason Reason { get; }
}
