using System.Buffers.Binary;

namespace ResumeRefiner.Core.Parsing.Ocr;

internal enum ImageFormat
{
    Png,
    Jpeg,
    Tiff,
}

/// <summary>An image's size as its header declares it, read before any pixel is decoded.</summary>
/// <param name="Pages">TIFF files hold one image per directory; PNG and JPEG hold one.</param>
internal sealed record ImageHeader(ImageFormat Format, int Width, int Height, int Pages)
{
    /// <summary>A 600-dpi A3 page is about 7,000 px on its long side; nothing a resume needs is larger.</summary>
    public const int MaxSide = 10_000;

    /// <summary>50 megapixels: an 8-bit grey page this size is 50 MB decoded, the most one page may cost.</summary>
    public const long MaxPixels = 50_000_000;

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] TiffLittle = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBig = [0x4D, 0x4D, 0x00, 0x2A];

    /// <summary>Whether the bytes start like a PNG, JPEG or TIFF file.</summary>
    public static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngMagic) || head.StartsWith(JpegMagic) || head.StartsWith(TiffLittle) || head.StartsWith(TiffBig);

    /// <summary>
    /// The dimensions the file declares (the largest of a TIFF's pages), or null when the header is damaged. A
    /// decompression bomb is a small file that declares a huge image; judging the header refuses it before any
    /// decoder allocates for it.
    /// </summary>
    public static ImageHeader? Read(Stream content)
    {
        content.Position = 0;
        var bytes = new byte[content.Length];
        content.ReadExactly(bytes);
        content.Position = 0;
        return Read(bytes);
    }

    public static ImageHeader? Read(ReadOnlySpan<byte> file)
    {
        try
        {
            if (file.StartsWith(PngMagic))
            {
                // The IHDR chunk comes first: length, "IHDR", width and height as big-endian 32-bit numbers.
                return file.Length >= 24 && file[12..16].SequenceEqual("IHDR"u8)
                    ? Of(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(file[16..]), BinaryPrimitives.ReadUInt32BigEndian(file[20..]), 1)
                    : null;
            }

            if (file.StartsWith(JpegMagic))
            {
                return Jpeg(file);
            }

            if (file.StartsWith(TiffLittle) || file.StartsWith(TiffBig))
            {
                return Tiff(file, littleEndian: file[0] == 0x49);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // A header that points past the end of the file.
        }

        return null;
    }

    /// <summary>Why the image is refused, in words for the user; null when it is within the limits.</summary>
    public string? Refusal(int maxPages)
    {
        if (Width == 0 || Height == 0)
        {
            return "The image is empty or damaged. Take the photo or scan again and upload it again.";
        }

        if (Width > MaxSide || Height > MaxSide || (long)Width * Height > MaxPixels)
        {
            return $"The image is {Width:N0} × {Height:N0} pixels, larger than a scanned page needs (at most {MaxSide:N0} pixels a side and "
                + $"{MaxPixels / 1_000_000} megapixels). Scan it at 200–300 dpi and upload it again.";
        }

        if (Pages > maxPages)
        {
            return $"The image file holds {Pages} pages, more than the {maxPages} a resume could need. Upload the resume on its own.";
        }

        return null;
    }

    private static ImageHeader Of(ImageFormat format, ulong width, ulong height, int pages) =>
        new(format, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue), pages);

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> file)
    {
        // Markers follow one another, each with a big-endian length; the first start-of-frame (SOF0–SOF15 except
        // DHT 0xC4, JPG 0xC8 and DAC 0xCC) carries precision, height, width.
        var at = 2;
        while (at + 4 <= file.Length)
        {
            if (file[at] != 0xFF)
            {
                return null;
            }

            var marker = file[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                var frame = file.Slice(at + 4, 5);
                return Of(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(frame[3..]), BinaryPrimitives.ReadUInt16BigEndian(frame[1..]), 1);
            }

            if (marker is 0xD9 or 0xDA || length < 2)
            {
                return null;
            }

            at += 2 + length;
        }

        return null;
    }

    private static ImageHeader? Tiff(ReadOnlySpan<byte> file, bool littleEndian)
    {
        uint U32(ReadOnlySpan<byte> s) => littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);

        ulong width = 0, height = 0;
        var pages = 0;
        var offset = U32(file[4..]);
        var seen = new HashSet<uint>();

        // Each image file directory lists tags (12 bytes each) and ends with the next directory's offset; a loop of
        // offsets is a damaged (or hostile) file, and the page cap stops the walk long before a real file ends.
        while (offset != 0 && seen.Add(offset) && pages <= 1_000)
        {
            var count = U16(file[(int)offset..]);
            for (var i = 0; i < count; i++)
            {
                var entry = file.Slice((int)offset + 2 + (12 * i), 12);
                var tag = U16(entry);
                var type = U16(entry[2..]);
                ulong value = type == 3 ? U16(entry[8..]) : U32(entry[8..]);
                if (tag == 256)
                {
                    width = Math.Max(width, value);
                }
                else if (tag == 257)
                {
                    height = Math.Max(height, value);
                }
            }

            pages++;
            offset = U32(file[((int)offset + 2 + (12 * count))..]);
        }

        return pages == 0 ? null : Of(ImageFormat.Tiff, width, height, pages);
    }
}
