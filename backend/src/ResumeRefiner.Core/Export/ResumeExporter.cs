using System.Text;
using ResumeRefiner.Core.Export.Docx;
using ResumeRefiner.Core.Export.Pdf;
using ResumeRefiner.Core.Export.Text;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export;

/// <summary>The exporter for every format. Stateless and thread-safe: share <see cref="Instance"/>.</summary>
public sealed class ResumeExporter : IResumeExporter
{
    public static ResumeExporter Instance { get; } = new();

    public ExportedFile Export(Resume resume, ExportFormat format, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Template))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Template, "Unknown template.");
        }

        if (!Enum.IsDefined(options.Paper))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Paper, "Unknown paper size.");
        }

        var content = format switch
        {
            ExportFormat.Pdf => PdfResumeWriter.Write(ResumeOutline.From(resume), options),
            ExportFormat.Docx => DocxResumeWriter.Write(ResumeOutline.From(resume), options),
            ExportFormat.Json => Encoding.UTF8.GetBytes(ResumeJson.Serialize(resume)),
            ExportFormat.Markdown => Encoding.UTF8.GetBytes(MarkdownWriter.Write(ResumeOutline.From(resume))),
            ExportFormat.Text => Encoding.UTF8.GetBytes(PlainTextWriter.Write(ResumeOutline.From(resume))),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
        return new ExportedFile(content, ExportNames.ContentType(format), ExportFileName.For(resume, format));
    }
}
