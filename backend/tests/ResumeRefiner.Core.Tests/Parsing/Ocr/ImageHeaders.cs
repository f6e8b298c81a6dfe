using System.Buffers.Binary;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>
/// Image files that are only what the upload checks read before any pixel: the size and page count in their headers.
/// Shared with the API tests (linked there), which send them as hostile or oversized uploads.
/// </summary>
internal static class ImageHeaders
{
    /// <summary>A copy of a real PNG whose header claims <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] PngDeclaring(byte[] png, int width, int height)
    {
        var copy = (byte[])png.Clone();
        BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(20), height);
        return copy;
    }

    /// <summary>SOI, an APP0 segment, then SOF0 (precision 8, the size, 3 components) and EOI.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        byte[] app0 = [0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0];
        var sof = new byte[] { 0xFF, 0xC0, 0x00, 0x11, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(7), (ushort)width);
        return [0xFF, 0xD8, .. app0, .. sof, 0xFF, 0xD9];
    }

    /// <summary>A little-endian TIFF: each page's directory holds ImageWidth and ImageLength (LONG) and links to the next.</summary>
    public static byte[] Tiff(int width, int height, int pages)
    {
        var file = new List<byte> { 0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0 };
        for (var p = 0; p < pages; p++)
        {
            var directory = new byte[2 + (2 * 12) + 4];
            BinaryPrimitives.WriteUInt16LittleEndian(directory, 2);
            Tag(directory.AsSpan(2), 256, width);
            Tag(directory.AsSpan(14), 257, height);
            BinaryPrimitives.WriteInt32LittleEndian(directory.AsSpan(26), p == pages - 1 ? 0 : file.Count + directory.Length);
            file.AddRange(directory);
        }

        return [.. file];

        static void Tag(Span<byte> at, ushort tag, int value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], 4);
            BinaryPrimitives.WriteInt32LittleEndian(at[4..], 1);
            BinaryPrimitives.WriteInt32LittleEndian(at[8..], value);
        }
    }
}
