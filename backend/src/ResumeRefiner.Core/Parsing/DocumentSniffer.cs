using System.IO.Compression;
using System.Text;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Import.LinkedIn;

namespace ResumeRefiner.Core.Parsing;

/// <summary>What the sniffer found: a kind we can parse, or why the file is refused.</summary>
public sealed record SniffResult(DocumentKind? Kind, SniffRejection? Rejection, string? Message)
{
    public static SniffResult Accept(DocumentKind kind) => new(kind, null, null);

    public static SniffResult Reject(SniffRejection rejection, string message) => new(null, rejection, message);
}

public enum SniffRejection
{
    /// <summary>Not a document type we read (an image, an executable, a spreadsheet...).</summary>
    UnsupportedType,
    /// <summary>A legacy binary Word .doc file.</summary>
    LegacyWord,
    /// <summary>A macro-enabled Word file (.docm).</summary>
    MacroEnabled,
    /// <summary>A password-protected Office file.</summary>
    Encrypted,
    /// <summary>Nothing in it.</summary>
    Empty,
    /// <summary>A ZIP that would expand far beyond any real document (a ZIP bomb, or thousands of parts).</summary>
    ArchiveLimits,
    /// <summary>An image declaring more pixels or pages than a scanned resume could have (a decompression bomb).</summary>
    ImageLimits,
}

/// <summary>
/// Decides a document's kind from its bytes, never from its name or declared MIME type: a file named
/// <c>cv.pdf</c> that is really an executable must be refused. The name only separates Markdown from plain text.
/// </summary>
public static class DocumentSniffer
{
    private const int HeadLength = 8192;

    // A real .docx holds a few dozen parts and expands to a few megabytes; these limits leave room for
    // image-heavy files while refusing ZIP bombs before any part is inflated. Sizes are the ones the archive
    // declares; the Word reader also caps each XML part it actually reads.
    private const int MaxZipEntries = 2_000;
    private const long MaxZipExpandedBytes = 256L * 1024 * 1024;
    private const long CompressionRatioCheckedAbove = 1024 * 1024;
    private const int MaxCompressionRatio = 200;
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="content">A seekable stream; its position is restored to 0.</param>
    /// <param name="fileName">The name the user gave, used only to tell Markdown from plain text.</param>
    public static SniffResult Sniff(Stream content, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(content));
        }

        content.Position = 0;
        var head = new byte[(int)Math.Min(HeadLength, content.Length)];
        content.ReadExactly(head);
        content.Position = 0;

        if (head.Length == 0)
        {
            return SniffResult.Reject(SniffRejection.Empty, "The file is empty.");
        }

        // PDF readers accept the header anywhere in the first kilobyte.
        if (head.AsSpan(0, Math.Min(1024, head.Length)).IndexOf(PdfMagic) >= 0)
        {
            return SniffResult.Accept(DocumentKind.Pdf);
        }

        if (Ocr.ImageHeader.IsImage(head))
        {
            return SniffImage(content);
        }

        if (head.AsSpan().StartsWith(ZipMagic))
        {
            return SniffZip(content);
        }

        if (head.AsSpan().StartsWith(CompoundFileMagic))
        {
            return ContainsEncryptedPackage(content)
                ? SniffResult.Reject(SniffRejection.Encrypted,
                    "The document is password-protected. Remove the password in Word (File > Info > Protect Document) and upload it again.")
                : SniffResult.Reject(SniffRejection.LegacyWord,
                    "Legacy Word .doc files are not supported. Save the file as .docx or PDF in Word and upload it again.");
        }

        if (LooksLikeText(head, content.Length > head.Length))
        {
            // Structured text first: a JSON Resume, or a CSV file of a LinkedIn export (Import/).
            if (JsonResumeImporter.LooksLikeJsonResume(Encoding.UTF8.GetString(head), fileName))
            {
                return SniffResult.Accept(DocumentKind.JsonResume);
            }

            if (LinkedInExport.LooksLikeCsv(head, fileName))
            {
                return SniffResult.Accept(DocumentKind.LinkedIn);
            }

            return SniffResult.Accept(IsMarkdownName(fileName) ? DocumentKind.Markdown : DocumentKind.Text);
        }

        return SniffResult.Reject(SniffRejection.UnsupportedType,
            "This file is not a resume we can read. Upload it as PDF, Word (.docx), text (.txt, .md), JSON Resume (.json), LinkedIn's data export (.zip, .csv) or a scan (.png, .jpg, .tif).");
    }

    private static SniffResult SniffZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                names.Add(entry.FullName);
                expanded += entry.Length;
                var bomb = entry.Length > CompressionRatioCheckedAbove && entry.Length > MaxCompressionRatio * Math.Max(entry.CompressedLength, 1);
                if (names.Count > MaxZipEntries || expanded > MaxZipExpandedBytes || bomb)
                {
                    return SniffResult.Reject(SniffRejection.ArchiveLimits,
                        "The file would expand to far more data than a resume holds, so it was not opened. Save your resume again as .docx or PDF and upload it again.");
                }
            }

            if (!names.Contains("word/document.xml") && LinkedInExport.LooksLikeExport(names))
            {
                return SniffResult.Accept(DocumentKind.LinkedIn);
            }

            if (!names.Contains("[Content_Types].xml") || !names.Contains("word/document.xml"))
            {
                return SniffResult.Reject(SniffRejection.UnsupportedType,
                    "This ZIP file is neither a Word document nor LinkedIn's data export. Upload your resume as PDF, Word (.docx), text or JSON Resume.");
            }

            if (names.Contains("word/vbaProject.bin"))
            {
                return SniffResult.Reject(SniffRejection.MacroEnabled,
                    "Macro-enabled Word files (.docm) are not accepted. Save the file as a plain .docx and upload it again.");
            }

            return SniffResult.Accept(DocumentKind.Docx);
        }
        catch (InvalidDataException)
        {
            return SniffResult.Reject(SniffRejection.UnsupportedType,
                "The file looks like a damaged ZIP/Word document. Save it again as .docx or PDF and upload it again.");
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Scans and photos are read by OCR; their header's size is judged before anything decodes them.</summary>
    private static SniffResult SniffImage(Stream content)
    {
        if (Ocr.ImageHeader.Read(content) is not { } header)
        {
            return SniffResult.Reject(SniffRejection.UnsupportedType, "The image file is damaged. Save or take it again and upload the new file.");
        }

        return header.Refusal(Ocr.OcrOptions.DefaultMaxPages) is { } refusal
            ? SniffResult.Reject(SniffRejection.ImageLimits, refusal)
            : SniffResult.Accept(DocumentKind.Image);
    }

    private static bool ContainsEncryptedPackage(Stream content)
    {
        // An encrypted OOXML file is an OLE compound file holding an "EncryptedPackage" stream; its directory
        // entry names are UTF-16. Directory sectors sit anywhere, so scan the file (bounded by the upload limit).
        content.Position = 0;
        var buffer = new byte[64 * 1024];
        var carry = 0;
        int read;
        while ((read = content.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var span = buffer.AsSpan(0, carry + read);
            if (span.IndexOf(EncryptedPackageName) >= 0)
            {
                content.Position = 0;
                return true;
            }

            carry = Math.Min(EncryptedPackageName.Length, span.Length);
            span[^carry..].CopyTo(buffer);
        }

        content.Position = 0;
        return false;
    }

    private static bool LooksLikeText(byte[] head, bool truncated)
    {
        // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; the text reader honours the mark.
        if (head.Length >= 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var encoding = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return MostlyPrintable(encoding.GetString(head, 2, (head.Length - 2) & ~1));
        }

        if (head.AsSpan().IndexOf((byte)0) >= 0)
        {
            return false;
        }

        // A multi-byte character may be cut at the end of the head; trim up to 3 trailing bytes before checking.
        var length = head.Length;
        if (truncated)
        {
            var trim = 0;
            while (trim < 3 && length - trim > 0 && (head[length - trim - 1] & 0xC0) == 0x80)
            {
                trim++;
            }

            if (length - trim > 0 && head[length - trim - 1] >= 0xC0)
            {
                trim++;
            }

            length -= trim;
        }

        try
        {
            return MostlyPrintable(StrictUtf8.GetString(head, 0, length));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool MostlyPrintable(string text) =>
        text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) <= text.Length / 100;

    private static bool IsMarkdownName(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
    }
}
