using System.Text;
using ResumeRefiner.Core.Parsing.Ocr;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>Light text on dark fills (tags, date pills, sidebars) turned dark on light before Tesseract reads the page.</summary>
public sealed class DarkFillTests
{
    private const int Width = 300, Height = 120;

    [Fact]
    public void A_dark_tag_with_light_letters_turns_white_with_dark_letters_and_a_white_rim()
    {
        var (pgm, at) = Page();
        Fill(pgm, at, 20, 20, 120, 40, 50);
        Fill(pgm, at, 40, 24, 47, 36, 255); // a light letter's stem inside the tag
        Fill(pgm, at, 20, 18, 120, 19, 160); // anti-aliased edge above the tag

        Assert.True(DarkFills.Lighten(pgm, 200));
        Assert.Equal(255, Pixel(pgm, at, 25, 25));
        Assert.Equal(0, Pixel(pgm, at, 42, 30));
        Assert.Equal(255, Pixel(pgm, at, 60, 18));
    }

    [Fact]
    public void A_short_pill_with_round_ends_is_a_fill_too()
    {
        var (pgm, at) = Page();
        for (var y = 0; y < 28; y++)
        {
            // Half circles of radius 14 at both ends of a 110-px pill.
            var inset = 14 - (int)Math.Round(Math.Sqrt((14 * 14) - ((y + 0.5 - 14) * (y + 0.5 - 14))));
            Fill(pgm, at, 20 + inset, 40 + y, 129 - inset, 40 + y, 60);
        }

        for (var x = 40; x < 110; x += 10)
        {
            Fill(pgm, at, x, 47, x + 3, 61, 255); // light letters' stems
        }

        Assert.True(DarkFills.Lighten(pgm, 200));
        Assert.Equal(0, Pixel(pgm, at, 41, 54));
        Assert.Equal(255, Pixel(pgm, at, 45, 54));
    }

    [Fact]
    public void Dark_letters_heavy_large_letters_rules_bullets_and_dark_text_on_a_dark_fill_are_left_alone()
    {
        var (pgm, at) = Page();
        for (var x = 10; x < 200; x += 12)
        {
            Fill(pgm, at, x, 10, x + 4, 40, 20); // bold stems of a 30-px line of text
        }

        Fill(pgm, at, 10, 50, 290, 52, 20); // a rule
        Fill(pgm, at, 10, 60, 22, 72, 20); // a square bullet
        Fill(pgm, at, 100, 60, 200, 100, 90); // a mid-grey fill ...
        Fill(pgm, at, 120, 70, 124, 90, 10); // ... with dark letters on it
        Fill(pgm, at, 230, 60, 279, 114, 20); // a heavy "e" of a 36-point name: its bowl ...
        Fill(pgm, at, 238, 68, 271, 82, 255); // ... its counter above the bar ...
        Fill(pgm, at, 238, 91, 279, 106, 255); // ... and its open lower right
        var before = pgm.ToArray();

        Assert.False(DarkFills.Lighten(pgm, 200));
        Assert.Equal(before, pgm);
        Assert.False(DarkFills.Lighten(Encoding.ASCII.GetBytes("\x89PNG not a grey map"), 200));
    }

    private static (byte[] Pgm, int Offset) Page()
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        var pgm = new byte[header.Length + (Width * Height)];
        header.CopyTo(pgm, 0);
        Array.Fill(pgm, (byte)255, header.Length, Width * Height);
        return (pgm, header.Length);
    }

    /// <summary>Paints the rectangle from (left, top) to (right, bottom), both inclusive.</summary>
    private static void Fill(byte[] pgm, int offset, int left, int top, int right, int bottom, byte shade)
    {
        for (var y = top; y <= bottom; y++)
        {
            Array.Fill(pgm, shade, offset + (y * Width) + left, right - left + 1);
        }
    }

    private static int Pixel(byte[] pgm, int offset, int x, int y) => pgm[offset + (y * Width) + x];
}
