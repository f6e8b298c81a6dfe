using System.Text;
using ResumeRefiner.Core.Parsing.Ocr;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>Second round of scan fixes: sizes of one style kept together, grey paper turned white.</summary>
public sealed class OcrRound2Tests
{
    [Fact]
    public void Headings_of_one_style_keep_one_size_though_their_boxes_scatter()
    {
        // "Languages" has a descender, so its size comes from a taller box: Tesseract's boxes put it at 15 points
        // against 16 for "Work" and "Skills".
        OcrWord[] words =
        [
            new("Work", 100, 100, 110, 32, 96, 0),
            new("Served", 100, 160, 130, 25, 96, 1), new("the", 240, 160, 60, 25, 96, 1), new("morning", 310, 160, 150, 25, 96, 1), new("rush", 470, 160, 90, 25, 96, 1),
            new("Languages", 100, 240, 200, 39, 96, 2),
            new("Spanish", 100, 300, 150, 25, 96, 3), new("and", 260, 300, 70, 25, 96, 3), new("English", 340, 300, 150, 25, 96, 3), new("fluently", 500, 300, 150, 25, 96, 3),
            new("Skills", 100, 380, 120, 32, 96, 4),
            new("Baking", 100, 440, 130, 25, 96, 5), new("and", 240, 440, 70, 25, 96, 5), new("inventory", 320, 440, 180, 25, 96, 5), new("control", 510, 440, 140, 25, 96, 5),
        ];

        var lines = OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words));
        var headings = lines.Where(l => l.Text is "Work" or "Languages" or "Skills").Select(l => l.FontSize).ToList();
        var body = lines.Single(l => l.Text.StartsWith("Baking", StringComparison.Ordinal)).FontSize;

        Assert.Equal(3, headings.Count);
        Assert.Single(headings.Distinct());
        Assert.True(headings[0] > body);
    }

    [Fact]
    public void Grey_paper_turns_white_and_its_text_stays_dark()
    {
        var (pgm, offset) = Page(paper: 230);
        pgm[offset] = 20;
        pgm[offset + 1] = 150;

        Assert.True(GreyLevels.Whiten(pgm));
        Assert.Equal(255, pgm[offset + 50]);
        Assert.Equal(22, pgm[offset]);
        Assert.True(pgm[offset + 1] < 170);
    }

    [Theory]
    [InlineData(255)]
    [InlineData(60)]
    public void White_paper_and_a_page_that_is_mostly_dark_fill_are_left_alone(byte paper)
    {
        var (pgm, offset) = Page(paper);
        pgm[offset] = 128;

        Assert.False(GreyLevels.Whiten(pgm));
        Assert.Equal(paper, pgm[offset + 50]);
        Assert.Equal(128, pgm[offset]);
    }

    private static (byte[] Pgm, int Offset) Page(byte paper)
    {
        var header = Encoding.ASCII.GetBytes("P5\n10 10\n255\n");
        var pgm = new byte[header.Length + 100];
        header.CopyTo(pgm, 0);
        Array.Fill(pgm, paper, header.Length, 100);
        return (pgm, header.Length);
    }
}
