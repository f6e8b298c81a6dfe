using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Export.Docx;
using ResumeRefiner.Core.Export.Pdf;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.CoverLetters;

/// <summary>
/// A cover letter as PDF or DOCX in one of the resume templates, under the resume's header (its real name and contact
/// line: this runs on the server, nothing is sent anywhere). The same writers as the resume: embedded fonts, tagged PDF.
/// </summary>
public static class CoverLetterExporter
{
    /// <exception cref="ArgumentOutOfRangeException">A format other than PDF or DOCX, or an unknown template or paper size.</exception>
    public static ExportedFile Export(Resume resume, string letter, ExportFormat format, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Template) || !Enum.IsDefined(options.Paper))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Unknown template or paper size.");
        }

        var outline = ResumeOutline.Letter(resume, letter);
        var content = format switch
        {
            ExportFormat.Pdf => PdfResumeWriter.Write(outline, options),
            ExportFormat.Docx => DocxResumeWriter.Write(outline, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A cover letter exports as PDF or DOCX."),
        };
        return new ExportedFile(content, ExportNames.ContentType(format), ExportFileName.For(resume, format, "Cover-Letter"));
    }
}
