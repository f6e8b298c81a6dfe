using System.Text;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Ocr;
using ResumeRefiner.Core.Parsing.Sections;

namespace ResumeRefiner.Core.Tests.Parsing.Ocr;

/// <summary>Headings on scans: misread section names, small capitals read as mixed case, and bold measured on the page image.</summary>
public sealed class OcrHeadingTests
{
    [Theory]
    [InlineData("EpucaTion", "education")]
    [InlineData("Work ExPeERIENCE", "work experience")]
    [InlineData("Certifcations", "certifications")]
    [InlineData("SKlLLS:", "skills")]
    [InlineData("Pub1ications", null)]
    public void A_heading_misread_by_an_edit_or_two_is_matched_to_its_vocabulary_name(string read, string? expected) =>
        Assert.Equal(expected, SectionHeadings.NearestOcrHeading(read));

    [Theory]
    [InlineData("Experienced")]
    [InlineData("Careers")]
    [InlineData("Researcher")]
    [InlineData("Skilled")]
    [InlineData("Educated")]
    [InlineData("Projector")]
    [InlineData("Wark")]
    [InlineData("Work experience in busy retail stores")]
    public void Ordinary_words_near_a_heading_word_are_not_taken_for_misread_headings(string line) =>
        Assert.Null(SectionHeadings.NearestOcrHeading(line));

    [Fact]
    public void A_misread_small_capitals_heading_opens_its_section_on_a_scan_but_not_in_a_text_layer()
    {
        OcrWord[] words =
        [
            new("Jane", 200, 100, 200, 50, 96, 0), new("Doe", 420, 100, 160, 50, 96, 0),
            new("Worked", 200, 200, 150, 25, 96, 1), new("the", 360, 200, 60, 25, 96, 1), new("grill", 430, 200, 90, 25, 96, 1),
            new("EpucaTion", 200, 330, 230, 25, 80, 2),
            new("Boston", 200, 370, 140, 25, 96, 3), new("College", 350, 370, 150, 25, 96, 3),
            new("Bachelor", 200, 410, 180, 25, 96, 4), new("of", 390, 410, 40, 25, 96, 4), new("Arts", 440, 410, 90, 25, 96, 4),
        ];
        var lines = OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, words));

        var scan = SectionSplitter.Split(new LayoutDocument(lines, [], DocumentKind.Pdf) { OcrWords = words });
        var textLayer = SectionSplitter.Split(new LayoutDocument(lines, [], DocumentKind.Pdf));

        var education = Assert.Single(scan, s => s.Kind == SectionKind.Education);
        Assert.Equal(["Boston College", "Bachelor of Arts"], education.Lines.Select(l => l.Text));
        Assert.DoesNotContain(textLayer, s => s.Kind == SectionKind.Education);
    }

    [Fact]
    public void Lines_with_strokes_twice_as_wide_as_the_body_are_bold()
    {
        // Three 20-px lines of vertical strokes: 2 px wide in the body lines, 5 px in the middle one.
        const int width = 300, height = 120;
        var header = Encoding.ASCII.GetBytes($"P5\n# scan\n{width} {height}\n255\n");
        var pgm = new byte[header.Length + (width * height)];
        header.CopyTo(pgm, 0);
        Array.Fill(pgm, (byte)255, header.Length, width * height);
        void Strokes(int top, int stroke)
        {
            for (var y = top; y < top + 20; y++)
            {
                for (var x = 10; x < 290; x++)
                {
                    pgm[header.Length + (y * width) + x] = (x - 10) % 12 < stroke ? (byte)20 : (byte)255;
                }
            }
        }

        Strokes(10, 2);
        Strokes(50, 5);
        Strokes(90, 2);
        List<OcrWord> words =
        [
            new("minimum", 10, 10, 280, 20, 96, 0),
            new("minimum", 10, 50, 280, 20, 96, 1),
            new("minimum", 10, 90, 280, 20, 96, 2),
        ];

        var measured = StrokeWidth.Measure(pgm, words);
        var lines = OcrLayout.Lines(new OcrPage(1, 612, 792, 0.36, measured));

        Assert.Equal(2, measured[0].Stroke, 0.1);
        Assert.Equal(5, measured[1].Stroke, 0.1);
        Assert.Equal([false, true, false], lines.Select(l => l.Bold));
        Assert.Same(words, StrokeWidth.Measure(Encoding.ASCII.GetBytes("\x89PNG not a grey map"), words));
    }
}
