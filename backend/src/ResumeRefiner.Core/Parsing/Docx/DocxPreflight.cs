using System.IO.Compression;
using System.Xml;

namespace ResumeRefiner.Core.Parsing.Docx;

/// <summary>
/// Streams every XML part of a .docx once before the OpenXML SDK loads it. The SDK builds its element tree
/// recursively, so a part nested a few thousand levels deep overflows the stack and takes the whole process
/// down; a document type declaration has no place in a Word file and is how entity expansion ("billion
/// laughs") and external entity attacks begin. Both are refused here with a reason, in constant stack space.
/// </summary>
internal static class DocxPreflight
{
    /// <summary>Word's own documents rarely nest beyond 30 levels (tables in tables in content controls).</summary>
    internal const int MaxDepth = 256;

    private const long MaxCharactersPerPart = 20_000_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersPerPart,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static void Check(Stream content, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    CheckPart(entry, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or NotSupportedException or IOException)
        {
            throw Refused(ex);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static void CheckPart(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(entry.Open(), Settings);
        var elements = 0;
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                    "The Word file is nested far more deeply than any real document, so it was not opened. Save it again as .docx or PDF and upload it again.");
            }

            if (++elements % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static UnreadableDocumentException Refused(Exception ex) => new(UnreadableReason.Corrupt,
        "The Word file is damaged or holds content Word does not write (such as document type declarations), so it was not opened. "
        + "Save it again as .docx or PDF and upload it again.", ex);
}
