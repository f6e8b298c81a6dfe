using ResumeRefiner.Core.Parsing.Ocr;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>
/// Marks Tesseract reads as letters: bullets where a second column's item opens on the same recognised line, and
/// timeline dots or icons read as lines of their own.
/// </summary>
public sealed class OcrMarkTests
{
    [Theory]
    [InlineData("_.")]
    [InlineData("-")]
    [InlineData("e")]
    public void A_small_mark_after_a_wide_gap_is_the_bullet_of_the_next_column(string misread)
    {
        OcrWord[] words =
        [
            new("-", 100, 112, 9, 9, 60, 0), new("Supervised", 130, 100, 200, 25, 96, 0), new("residents", 340, 100, 150, 25, 96, 0),
            new(misread, 600, 112, 8, 8, 46, 0), new("Worked", 620, 100, 140, 25, 96, 0), new("shifts", 770, 100, 100, 25, 96, 0),
        ];

        var text = string.Join(" | ", OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words)).SelectMany(l => l.Segments).Select(s => s.Text));

        Assert.Contains("• Supervised residents", text, StringComparison.Ordinal);
        Assert.Contains("• Worked shifts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_between_words_at_an_ordinary_space_stays_a_dash()
    {
        OcrWord[] words = [new("2019", 100, 100, 80, 25, 96, 0), new("-", 195, 110, 9, 4, 90, 0), new("2021", 215, 100, 80, 25, 96, 0)];

        var line = Assert.Single(OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words)));

        Assert.Equal("2019 - 2021", line.Text);
    }

    [Theory]
    [InlineData("o", 31)]
    [InlineData("fo)", 35)]
    [InlineData("°", 20)]
    public void A_doubtful_mark_on_a_line_of_its_own_is_dropped(string mark, double confidence)
    {
        OcrWord[] words =
        [
            new(mark, 100, 100, 27, 27, confidence, 0),
            new("Clinical", 140, 140, 110, 21, 96, 1), new("Assistant", 260, 140, 145, 21, 96, 1),
            new("AMT", 140, 180, 60, 21, 93, 2),
            new("B", 140, 220, 20, 21, 91, 3),
        ];

        var lines = OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words)).Select(l => l.Text);

        Assert.Equal(["Clinical Assistant", "AMT", "B"], lines);
    }
}
