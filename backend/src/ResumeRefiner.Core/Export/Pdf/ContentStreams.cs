using System.IO.Compression;
using PdfSharp.Pdf;

namespace ResumeRefiner.Core.Export.Pdf;

/// <summary>Compresses page content as complete zlib streams (deflate data and its Adler-32 trailer).</summary>
internal static class ContentStreams
{
    public static void Compress(PdfDocument document)
    {
        foreach (var page in document.Pages)
        {
            var content = page.Contents.CreateSingleContent();
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(content.Stream.Value);
            }

            content.Stream.Value = compressed.ToArray();
            content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }
}
