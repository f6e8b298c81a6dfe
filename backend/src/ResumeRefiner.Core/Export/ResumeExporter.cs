using System.Text;
using ResumeRefiner.Core.Export.Docx;
using ResumeRefiner.Core.Export.Pdf;
using ResumeRefiner.Core.Export.Text;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export;

/// <summary>The exporter for every format. Stateless and thread-safe: share <see cref="Instance"/>.</summary>
public sealed class ResumeExporter : IResumeExporter
{
    public static ResumeExporter Instance { get; } = new();

    public ExportedFile Export(Resume resume, ExportFormat format, ExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resume);
        CheckOptions(options);
        cancellationToken.ThrowIfCancellationRequested();
        var content = format switch
        {
            ExportFormat.Pdf => PdfResumeWriter.Write(Outline(resume, cancellationToken), options),
            ExportFormat.Docx => DocxResumeWriter.Write(Outline(resume, cancellationToken), options),
            ExportFormat.Json => Encoding.UTF8.GetBytes(ResumeJson.Serialize(JsonResumeConformance.Conform(resume))),
            ExportFormat.Markdown => Encoding.UTF8.GetBytes(MarkdownWriter.Write(Outline(resume, cancellationToken))),
            ExportFormat.Text => Encoding.UTF8.GetBytes(PlainTextWriter.Write(Outline(resume, cancellationToken))),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
        return new ExportedFile(content, ExportNames.ContentType(format), ExportFileName.For(resume, format));
    }

    public ExportedFile ExportCoverLetter(Resume resume, string letter, ExportFormat format, ExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(letter);
        CheckOptions(options);
        cancellationToken.ThrowIfCancellationRequested();
        var outline = ResumeOutline.Letter(resume, letter);
        cancellationToken.ThrowIfCancellationRequested();
        var content = format switch
        {
            ExportFormat.Pdf => PdfResumeWriter.Write(outline, options),
            ExportFormat.Docx => DocxResumeWriter.Write(outline, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A cover letter exports as PDF or DOCX."),
        };
        return new ExportedFile(content, ExportNames.ContentType(format), ExportFileName.For(resume, format, "Cover-Letter"));
    }

    private static void CheckOptions(ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Template))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Template, "Unknown template.");
        }

        if (!Enum.IsDefined(options.Paper))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Paper, "Unknown paper size.");
        }
    }

    private static ResumeOutline Outline(Resume resume, CancellationToken cancellationToken)
    {
        var outline = ResumeOutline.From(resume);
        cancellationToken.ThrowIfCancellationRequested();
        return outline;
    }
}
