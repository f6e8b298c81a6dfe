using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>
/// Scans made from generated PDFs: pages printed to 200-dpi PNGs with pdftoppm, wrapped into a PDF without a text
/// layer, and a phone-photo-like variant (turned, lower contrast, noisy).
/// </summary>
internal static class ScanFixture
{
    public const int Dpi = 200;

    public static string Generated(string name) => Path.Combine(AppContext.BaseDirectory, "Parsing", "Generated", "Documents", name);

    /// <summary>Every page of the PDF as a grey PNG.</summary>
    public static List<byte[]> Rasterise(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("rr-scan-fixture-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "in.pdf"), pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", "in.pdf", "page"])
            {
                WorkingDirectory = folder,
            })!;
            process.WaitForExit();
            return [.. Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A PDF of whole-page pictures and no text, as a scanner writes it.</summary>
    public static byte[] ImageOnlyPdf(IEnumerable<byte[]> pngs)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var png in pngs)
        {
            var (width, height, _) = Decode(png);
            var w = width * 72.0 / Dpi;
            var h = height * 72.0 / Dpi;
            var page = builder.AddPage(w, h);
            page.AddPng(png, new PdfRectangle(0, 0, w, h));
        }

        return builder.Build();
    }

    /// <summary>Turned by <paramref name="degrees"/> about the centre, contrast squeezed to 15–85 %, with seeded noise.</summary>
    public static byte[] PhotoLike(byte[] png, double degrees, int seed = 7)
    {
        var (width, height, gray) = Decode(png);
        var result = new byte[gray.Length];
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var random = new Random(seed);
        double cx = width / 2.0, cy = height / 2.0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Sample where this pixel came from before the turn (nearest neighbour); outside the page is paper.
                var sx = (int)Math.Round(cx + ((x - cx) * cos) + ((y - cy) * sin));
                var sy = (int)Math.Round(cy - ((x - cx) * sin) + ((y - cy) * cos));
                var value = sx >= 0 && sy >= 0 && sx < width && sy < height ? gray[(sy * width) + sx] : 255;
                var squeezed = 38 + (value * 0.7) + (random.NextDouble() * 36) - 18;
                result[(y * width) + x] = (byte)Math.Clamp(squeezed, 0, 255);
            }
        }

        return TinyPng.Gray(result, width, height);
    }

    /// <summary>Decodes an 8-bit grey or RGB non-interlaced PNG (what pdftoppm writes) to grey pixels.</summary>
    public static (int Width, int Height, byte[] Gray) Decode(byte[] png)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        var channels = png[25] == 2 ? 3 : 1;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = z.ReadByte();
            z.ReadExactly(row);
            for (var i = 0; i < stride; i++)
            {
                var a = i >= channels ? row[i - channels] : 0;
                var b = previous[i];
                var c = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }

            for (var x = 0; x < width; x++)
            {
                gray[(y * width) + x] = channels == 1 ? row[x] : (byte)((row[3 * x] + row[(3 * x) + 1] + row[(3 * x) + 2]) / 3);
            }

            (previous, row) = (row, previous);
        }

        return (width, height, gray);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
